import { describe, expect, test } from 'vitest'
import type { Entity } from '../../core/model.js'
import type { StoredEvent, StoredQuote } from '../../store/store.js'
import { claim } from '../../../test/helpers/analyze-claims.js'
import { doc, event } from '../../../test/helpers/analyze-records.js'
import { evaluateWatch } from '../watch/evaluate-watch.js'
import { loadWatch } from '../watch/load-watch.js'

const watch = loadWatch('rus-kaz')
const person = (id: string, country: string, sector: Entity['sector']): Entity => ({
  id,
  type: 'PERSON',
  name: id,
  aliases: [id],
  country,
  sector,
  role: null,
})
const entities = [
  person('deputy', 'RUS', 'LEG'),
  person('host', 'RUS', 'MED'),
  person('minister', 'KAZ', 'GOV'),
]
const quote = (
  id: string,
  docId: string,
  speaker: string,
  text: string,
  sentence = 1,
): StoredQuote => ({
  id,
  doc: docId,
  span: { start: 0, end: text.length },
  text,
  speaker,
  speakerName: null,
  cue: 'said',
  sentence,
})

/** Ids of the claims and quotes an indicator of the rus-kaz watch matched. */
function hits(
  indicator: string,
  input: { claims?: ReturnType<typeof claim>[]; quotes?: StoredQuote[]; events?: StoredEvent[] },
): string[] {
  const e = evaluateWatch(watch, {
    claims: input.claims ?? [],
    quotes: input.quotes ?? [],
    events: input.events ?? [],
    docs: [doc('q1', { published: '2024-05-01' })],
    entities,
  })
  return e.indicators.find((i) => i.id === indicator)?.hits.map((h) => h.id) ?? []
}

describe('rus-kaz indicators match events, claims and quotes', () => {
  const statehood = 'A deputy called Kazakhstan an artificial country carved out by Moscow.'
  const cases: Array<[string, string, Parameters<typeof hits>[1], string[]]> = [
    [
      'statehood denial: ACCUSE with a listed phrase',
      'statehood-denial',
      { claims: [claim('c', { type: 'ACCUSE', evidence: statehood })] },
      ['c'],
    ],
    [
      'statehood denial: the phrase alone on a cooperative claim does not count',
      'statehood-denial',
      { claims: [claim('c', { type: 'CONSULT', evidence: statehood })] },
      [],
    ],
    [
      'statehood denial: Kazakhstan as the speaker does not count',
      'statehood-denial',
      {
        claims: [
          claim('c', { type: 'ACCUSE', actor: 'KAZ', recipient: 'RUS', evidence: statehood }),
        ],
      },
      [],
    ],
    [
      'pretext: biolabs accusation',
      'pretext-narratives',
      {
        claims: [
          claim('c', {
            type: 'ACCUSE',
            evidence: 'The minister said foreign biolabs operated near the border.',
          }),
        ],
      },
      ['c'],
    ],
    [
      'threat by a legislator',
      'threat-rhetoric',
      { claims: [claim('c', { actorEntity: 'deputy' })] },
      ['c'],
    ],
    [
      'threat by a talk-show host is not an official threat',
      'threat-rhetoric',
      { claims: [claim('c', { actorEntity: 'host' })] },
      [],
    ],
    [
      'threat by an unresolved Russian actor still counts',
      'threat-rhetoric',
      { claims: [claim('c')] },
      ['c'],
    ],
    [
      'economic coercion: SANCTION without any term',
      'economic-coercion',
      { claims: [claim('c', { type: 'SANCTION' })] },
      ['c'],
    ],
    [
      'economic coercion: a threat about the pipeline',
      'economic-coercion',
      { claims: [claim('c', { evidence: 'Moscow warned it could shut the pipeline terminal.' })] },
      ['c'],
    ],
    [
      'military posture: troops massed towards Kazakhstan',
      'military-posture',
      { claims: [claim('c', { type: 'MOBILIZE' })] },
      ['c'],
    ],
    [
      'information operations: a disputed claim',
      'information-operations',
      { claims: [claim('c', { status: 'disputed' })] },
      ['c'],
    ],
    [
      'counter-indicator: an agreement either way',
      'cooperation',
      {
        claims: [
          claim('c', { type: 'AGREE', score: 6 }),
          claim('d', { type: 'AID', actor: 'KAZ', recipient: 'RUS', score: 7 }),
        ],
      },
      ['c', 'd'],
    ],
    [
      'quote by a Russian speaker with a threat phrase',
      'threat-rhetoric',
      { quotes: [quote('q', 'q1', 'deputy', 'After Ukraine, they will be next.')] },
      ['q'],
    ],
    [
      'the same words from a Kazakh speaker',
      'threat-rhetoric',
      { quotes: [quote('q', 'q1', 'minister', 'They say we will be next.')] },
      [],
    ],
  ]
  test.each(cases)('%s', (_label, indicator, input, expected) => {
    expect(hits(indicator, input).sort()).toEqual(expected)
  })

  test('a quote already coded as a claim’s event counts once, through the claim', () => {
    const coded = event('q1', { id: 'e1', sentence: 4, actorEntity: 'deputy' })
    const c = {
      ...claim('c', { actorEntity: 'deputy' }),
      mentions: [{ ...claim('c').mentions[0]!, doc: 'q1', eventId: 'e1' }],
    }
    const q = quote('q', 'q1', 'deputy', 'After Ukraine, they will be next.', 4)
    expect(hits('threat-rhetoric', { claims: [c], quotes: [q], events: [coded] })).toEqual(['c'])
  })
})

describe('indicator levels against the baseline window', () => {
  const monthly = (n: number): string[] =>
    Array.from({ length: n }, (_, m) => `2023-${String(m + 1).padStart(2, '0')}-15`)
  const threats = (dates: string[]) =>
    dates.map((date, i) => claim(`t${i}`, { date, actorEntity: 'deputy' }))
  const level = (claims: ReturnType<typeof claim>[], asOf: string) =>
    evaluateWatch(watch, { claims, docs: [], entities }, { asOf }).indicators.find(
      (i) => i.id === 'threat-rhetoric',
    )
  const cases: Array<[string, string[], 'green' | 'amber' | 'red']> = [
    ['nothing', [], 'green'],
    ['one recent threat, quiet baseline', ['2024-09-01'], 'amber'],
    ['two recent threats, quiet baseline', ['2024-09-01', '2024-09-20'], 'red'],
    // 12 in the baseline ≈ 1.5 per 90 days: two recent ones are the usual rate.
    [
      'two recent threats after a steady year of them',
      ['2024-09-01', '2024-09-20', ...monthly(12)],
      'green',
    ],
    // 8 in the baseline ≈ 1 per 90 days: two recent ones double it (amber at 1.5×, red at 3×).
    [
      'two recent threats after a calmer year',
      ['2024-09-01', '2024-09-20', ...monthly(8)],
      'amber',
    ],
    ['threats only long ago', ['2021-01-01', '2021-02-01'], 'green'],
  ]
  test.each(cases)('%s', (_label, dates, expected) => {
    expect(level(threats(dates), '2024-10-01')?.level).toBe(expected)
  })
})
