import { describe, expect, test } from 'vitest'
import type { ClaimStatus } from '../../core/model.js'
import type { StoredDoc, StoredEvent } from '../../store/store.js'
import { doc, event } from '../../../test/helpers/analyze-records.js'
import { buildClaims } from './build-claims.js'

const GENERAL = 'ivan-petrov-general'
const threat = { type: 'THREATEN' as const, actorEntity: GENERAL }

/** Builds claims and returns the one claim the events should form. */
function single(events: StoredEvent[], docs: StoredDoc[]) {
  const claims = buildClaims(events, docs)
  expect(claims).toHaveLength(1)
  return claims[0]!
}

describe('buildClaims: corroboration and independence', () => {
  const cases: Array<[string, StoredDoc[], StoredEvent[], ClaimStatus, number, number]> = [
    [
      'two publishers asserting it corroborate it',
      [doc('a', { publisher: 'Steppe Monitor' }), doc('b', { publisher: 'Caspian Wire' })],
      [event('a', threat), event('b', threat)],
      'corroborated',
      2,
      2,
    ],
    [
      'a near-duplicate copy (duplicateOf) is listed but counts once',
      [
        doc('a', { publisher: 'Steppe Monitor' }),
        doc('c', { publisher: 'Eurasia Brief' }, { duplicateOf: 'a' }),
      ],
      [event('a', threat)],
      'single-source',
      1,
      2,
    ],
    [
      'a page whose Source: line names the first publisher counts once',
      [
        doc('a', { publisher: 'Steppe Monitor' }),
        doc('c', { publisher: 'Eurasia Brief', origin: 'The Steppe Monitor' }),
      ],
      [event('a', threat), event('c', threat)],
      'single-source',
      1,
      2,
    ],
    [
      'two stories by one publisher count once',
      [doc('a', { publisher: 'Caspian Wire' }), doc('b', { publisher: 'caspianwire.com' })],
      [event('a', threat), event('b', threat)],
      'single-source',
      1,
      2,
    ],
    [
      'two outlets relaying the same Telegram channel count once',
      [doc('a', { publisher: 'Steppe Monitor' }), doc('b', { publisher: 'Caspian Wire' })],
      [
        event('a', { ...threat, reportedBy: 'a Telegram channel' }),
        event('b', { ...threat, reportedBy: 'Telegram channel' }),
      ],
      'single-source',
      1,
      2,
    ],
    [
      'the actor itself as "reported by" does not make copies',
      [doc('a', { publisher: 'Steppe Monitor' }), doc('b', { publisher: 'Caspian Wire' })],
      [
        event('a', { ...threat, reportedBy: 'Petrov' }),
        event('b', { ...threat, reportedBy: 'General Petrov' }),
      ],
      'corroborated',
      2,
      2,
    ],
    [
      'a copied text without any origin line counts once',
      [
        doc('a', { publisher: 'Steppe Monitor' }, { text: COPY_TEXT }),
        doc(
          'b',
          { publisher: 'Daily Aggregator' },
          { text: `Subscribe now! ${COPY_TEXT} Share this.` },
        ),
      ],
      [event('a', threat), event('b', threat)],
      'single-source',
      1,
      2,
    ],
    [
      'unknown publishers in different documents are independent',
      [doc('a', {}), doc('b', {})],
      [event('a', threat), event('b', threat)],
      'corroborated',
      2,
      2,
    ],
  ]
  test.each(cases)('%s', (_label, docs, events, status, sources, mentions) => {
    const claim = single(events, docs)
    expect(claim.status).toBe(status)
    expect(claim.independentSources).toBe(sources)
    expect(claim.mentions).toHaveLength(mentions)
  })
})

describe('buildClaims: status from the stances of independent origins', () => {
  const cases: Array<[string, Array<StoredEvent['status']>, ClaimStatus]> = [
    ['one asserting source', ['asserted'], 'single-source'],
    ['two asserting sources', ['asserted', 'asserted'], 'corroborated'],
    ['two asserting and one denying', ['asserted', 'asserted', 'denied'], 'disputed'],
    ['alleged and denied', ['alleged', 'denied'], 'disputed'],
    ['only alleged', ['alleged', 'alleged'], 'unverified'],
    ['only speculated', ['hypothetical'], 'unverified'],
    ['only denied or negated', ['denied', 'negated'], 'denied'],
  ]
  test.each(cases)('%s', (_label, statuses, expected) => {
    const docs = statuses.map((_, i) => doc(`d${i}`, { publisher: `Outlet ${i}` }))
    const events = statuses.map((status, i) => event(`d${i}`, { ...threat, status }))
    expect(single(events, docs).status).toBe(expected)
  })

  test('single-source → corroborated → disputed as independent reports arrive', () => {
    const docs = [
      doc('a', { publisher: 'Steppe Monitor' }),
      doc('copy', { publisher: 'Aggregator' }, { duplicateOf: 'a' }),
      doc('b', { publisher: 'Caspian Wire' }),
      doc('c', { publisher: 'Irtysh Courier' }),
    ]
    const a = event('a', threat)
    const b = event('b', threat)
    const denial = event('c', {
      ...threat,
      recipient: null,
      status: 'denied',
      evidence: 'Petrov called the recording a fake.',
    })
    expect(single([a], docs.slice(0, 2)).status).toBe('single-source')
    expect(single([a, b], docs.slice(0, 3)).status).toBe('corroborated')
    const disputed = single([a, b, denial], docs)
    expect(disputed.status).toBe('disputed')
    expect(disputed.independentSources).toBe(3)
    expect(disputed.mentions.map((m) => m.doc).sort()).toEqual(['a', 'b', 'c', 'copy'])
    expect(disputed.recipient).toBe('KAZ')
  })
})

describe('buildClaims: what makes mentions the same event', () => {
  const docs = [
    doc('a', { publisher: 'P1', published: '2024-09-20' }),
    doc('b', { publisher: 'P2', published: '2024-09-22' }),
  ]
  const cases: Array<[string, StoredEvent[], number]> = [
    ['same type, dyad and actor entity', [event('a', threat), event('b', threat)], 1],
    [
      'different actor entities',
      [event('a', threat), event('b', { ...threat, actorEntity: 'other-person' })],
      2,
    ],
    ['different recipients', [event('a', threat), event('b', { ...threat, recipient: 'UZB' })], 2],
    ['different types', [event('a', threat), event('b', { ...threat, type: 'ACCUSE' })], 2],
    [
      'dates months apart',
      [
        event('a', { ...threat, date: '2024-01-05' }),
        event('b', { ...threat, date: '2024-09-22' }),
      ],
      2,
    ],
    [
      'no entity but similar wording',
      [
        event('a', {
          evidence: 'Moscow threatened to cut oil transit through the Caspian pipeline.',
        }),
        event('b', {
          evidence: 'Officials in Moscow threatened to cut the Caspian pipeline oil transit.',
        }),
      ],
      1,
    ],
    [
      'no entity and unrelated wording',
      [
        event('a', {
          evidence: 'Moscow threatened to cut oil transit through the Caspian pipeline.',
        }),
        event('b', {
          evidence: 'A talk-show host said the northern regions would soon be reclaimed.',
        }),
      ],
      2,
    ],
  ]
  test.each(cases)('%s', (_label, events, n) => {
    expect(buildClaims(events, docs)).toHaveLength(n)
  })

  test('an entity-less event never chains two actor entities into one claim', () => {
    const words = 'Moscow threatened to cut oil transit through the Caspian pipeline.'
    const events = [
      event('a', { ...threat, evidence: words }),
      event('a', { evidence: words }),
      event('b', { ...threat, actorEntity: 'other-person', evidence: words }),
    ]
    expect(
      buildClaims(events, docs)
        .map((c) => c.mentions.length)
        .sort(),
    ).toEqual([1, 2])
  })

  test('dates fall back to publication and bound first and last seen', () => {
    const [claim] = buildClaims([event('a', threat), event('b', threat)], docs)
    expect([claim?.firstSeen, claim?.lastSeen]).toEqual(['2024-09-20', '2024-09-22'])
  })
})

// Our own filler: a long enough story for shingle containment to see a copy.
const COPY_TEXT =
  'A regional deputy from the ruling party told a talk show on Tuesday evening that the steppe ' +
  'republic should remember who built its railways, its power plants and its universities, and ' +
  'that patience in Moscow was not unlimited. The foreign ministry in Astana declined to comment ' +
  'on the remarks, and a spokesman said only that relations between the two allies remained good.'

describe('buildClaims: attributions to the actor itself are not relays', () => {
  const docs = [doc('a', { publisher: 'P1' }), doc('b', { publisher: 'P2' })]
  const cases: Array<[string, string, number]> = [
    ['the actor state code', 'RUS', 2],
    ['the actor entity id', GENERAL, 2],
    ['a spelling of the actor entity', 'Ivan Petrov', 2],
    ['a third party both outlets relay', 'Vesti.example', 1],
  ]
  test.each(cases)('reported by %s', (_label, reportedBy, sources) => {
    const events = [event('a', { ...threat, reportedBy }), event('b', { ...threat, reportedBy })]
    expect(single(events, docs).independentSources).toBe(sources)
  })
})

describe('buildClaims: denials join the claim they deny', () => {
  const docs = [doc('a', { publisher: 'P1' }), doc('b', { publisher: 'P2' })]
  const alleged = event('a', {
    ...threat,
    status: 'alleged',
    evidence: 'A leaked recording has the general promising a campaign.',
  })
  const cases: Array<[string, StoredEvent, number]> = [
    [
      'a denial by the same actor entity, in another document',
      event('b', {
        ...threat,
        recipient: null,
        status: 'denied',
        evidence: 'He called it a crude fake.',
      }),
      1,
    ],
    [
      'an unattributed denial in the same document',
      event('a', {
        recipient: null,
        status: 'denied',
        evidence: 'The ministry called it a crude fake.',
      }),
      1,
    ],
    [
      'an unattributed denial in another document with other words',
      event('b', {
        recipient: null,
        status: 'denied',
        evidence: 'The ministry called it a crude fake.',
      }),
      2,
    ],
  ]
  test.each(cases)('%s', (_label, denial, n) => {
    const claims = buildClaims([alleged, denial], docs)
    expect(claims).toHaveLength(n)
    if (n === 1) expect(claims[0]?.status).toBe('disputed')
  })
})

describe('buildClaims: a shared rare name links wording more than shared common words', () => {
  const docs = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => doc(id, { publisher: `P-${id}` }))
  // Background sentences make "Russia", "Kazakhstan" and "oil" common words of the corpus.
  const background = ['c', 'd', 'e', 'f'].map((d, i) =>
    event(d, {
      type: 'CONSULT',
      actor: 'KAZ',
      recipient: 'RUS',
      evidence: `Kazakhstan and Russia discussed oil and grain, round ${i}.`,
    }),
  )
  const sanction = { type: 'SANCTION' as const }
  const cases: Array<[string, string, string, number]> = [
    [
      'same rare terminal named, different verbs',
      'Russia halted the Novorossiysk terminal loading oil.',
      'A court shut the Novorossiysk terminal for a month.',
      1,
    ],
    [
      'only common words shared',
      'Russia cut oil supplies to Kazakhstan refineries.',
      'Russia and Kazakhstan argue over oil prices at customs posts.',
      2,
    ],
  ]
  test.each(cases)('%s', (_label, first, second, n) => {
    const events = [
      event('a', { ...sanction, evidence: first }),
      event('b', { ...sanction, evidence: second }),
      ...background,
    ]
    expect(buildClaims(events, docs).filter((c) => c.type === 'SANCTION')).toHaveLength(n)
  })
})

describe('buildClaims: a claim spans at most windowDays between its dated mentions', () => {
  const accuse = { type: 'ACCUSE' as const, actorEntity: GENERAL }
  // Our own wording, varied a little per day as a wire repeats itself.
  const said = (n: number): string =>
    `General Petrov accused Astana of sheltering saboteurs near the border, report ${n}.`
  const DAY = 86_400_000
  const dayAfter = (start: string, days: number): string =>
    new Date(Date.parse(start) + days * DAY).toISOString().slice(0, 10)
  /** One mention per offset (days after 2024-01-01; null: undated), each in its own outlet. */
  const run = (offsets: Array<number | null>, fields = {}, windowDays?: number) => {
    const docs = offsets.map((_, i) => doc(`w${i}`, { publisher: `Outlet ${i}` }))
    const events = offsets.map((d, i) =>
      event(`w${i}`, {
        ...accuse,
        date: d === null ? null : dayAfter('2024-01-01', d),
        evidence: said(i),
        ...fields,
      }),
    )
    return buildClaims(events, docs, windowDays === undefined ? {} : { windowDays })
  }
  const cases: Array<[string, Array<number | null>, object, number | undefined, number[]]> = [
    ['a chain 30 days apart splits where the span would pass 45', [0, 30, 60, 90], {}, 45, [2, 2]],
    ['the default window is 45 days', [0, 30, 60, 90], {}, undefined, [2, 2]],
    ['exactly the window apart is one claim', [0, 45], {}, 45, [2]],
    ['a day more than the window is two', [0, 46], {}, 45, [1, 1]],
    [
      'daily repeats for 100 days, 10 days apart',
      [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
      {},
      45,
      [5, 5, 1],
    ],
    [
      'a week window: days 0-7, then 8 and 14, then 20',
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 20],
      {},
      7,
      [8, 2, 1],
    ],
    ['an undated mention joins the first claim', [0, 60, null], {}, 45, [2, 1]],
    ['only undated mentions are one claim', [null, null], {}, 45, [2]],
    [
      'no entity: similar wording 30 days apart still splits at the window',
      [0, 30, 60],
      { actorEntity: null },
      45,
      [2, 1],
    ],
  ]
  test.each(cases)('%s', (_label, offsets, fields, windowDays, sizes) => {
    const claims = run(offsets, fields, windowDays)
    expect(claims.map((c) => c.mentions.length)).toEqual(sizes)
    const w = windowDays ?? 45
    for (const c of claims)
      if (c.firstSeen && c.lastSeen)
        expect(Date.parse(c.lastSeen) - Date.parse(c.firstSeen)).toBeLessThanOrEqual(w * DAY)
  })
})
