import { describe, expect, test } from 'vitest'
import type { Claim } from '../../core/model.js'
import type { ClaimEvent, ClaimKey, ClaimReads } from '../../store/claim-reads.js'
import type { StoredDoc, StoredEvent } from '../../store/store.js'
import { doc, event } from '../../../test/helpers/analyze-records.js'
import { buildClaims, claimDocOf } from './build-claims.js'
import { streamClaims } from './stream-claims.js'

const STORY =
  'Officials in the regional capital said on Monday that a general had warned of consequences ' +
  'if the neighbouring republic kept hosting the exercises, a remark the ministry later played down.'
const threat = { type: 'THREATEN' as const, actorEntity: 'oleg-marin-general' }

/** `ClaimReads` over lists, as a store gives them: keys and events in an order of its own. */
function readsOf(
  docs: readonly StoredDoc[],
  events: readonly StoredEvent[],
  asked: string[][],
): ClaimReads {
  const byId = new Map(docs.map((d) => [d.id, claimDocOf(d)]))
  const texts = new Map(docs.map((d) => [d.id, d.text]))
  const keyOf = (k: ClaimKey): string => `${k.type}|${k.actor}`
  return {
    async *evidence(pageSize = 2) {
      for (let i = 0; i < events.length; i += pageSize)
        yield await Promise.resolve(events.slice(i, i + pageSize).map((e) => e.evidence))
    },
    keys: () => {
      const keys = new Map(events.map((e) => [keyOf(e), { type: e.type, actor: e.actor }]))
      return Promise.resolve([...keys.values()].reverse())
    },
    events: (key) =>
      Promise.resolve(
        events
          .filter((e) => keyOf(e) === keyOf(key))
          .reverse()
          .map((e): ClaimEvent => ({ event: e, doc: byId.get(e.doc) ?? null })),
      ),
    copies: () => Promise.resolve([...byId.values()].filter((d) => d.duplicateOf)),
    texts: (ids) => {
      asked.push([...ids])
      return Promise.resolve(
        new Map(ids.flatMap((id) => (texts.has(id) ? [[id, texts.get(id) ?? '']] : []))),
      )
    },
  }
}

const byId = (claims: readonly Claim[]): Claim[] =>
  [...claims].sort((a, b) => (a.id < b.id ? -1 : 1))

/** [label, docs, events] — the streamed build must give the claims of the in-memory one. */
const cases: Array<[string, StoredDoc[], StoredEvent[]]> = [
  [
    'a copied text, an independent report and a near-duplicate',
    [
      doc('a', { publisher: 'North Desk' }, { text: STORY }),
      doc('b', { publisher: 'Aggregator' }, { text: `Breaking. ${STORY} Follow us.` }),
      doc('c', { publisher: 'Field Notes' }, { text: 'A different account of the same warning.' }),
      doc('d', { publisher: 'Mirror' }, { text: STORY, duplicateOf: 'a' }),
    ],
    [event('a', threat), event('b', threat), event('c', { ...threat, status: 'denied' })],
  ],
  [
    'events whose documents are unknown or empty',
    [doc('a', { publisher: 'North Desk' }, { text: '' }), doc('b', {}, { text: STORY })],
    [event('a', threat), event('b', threat), event('zzz', threat)],
  ],
  [
    'two keys, entity-less mentions joined by their wording, a chain of copies',
    [
      doc('a', { published: '2024-03-01' }, { text: STORY }),
      doc('b', { published: '2024-03-02' }, { text: `${STORY} More later.` }),
      doc('c', { published: '2024-03-03' }, { text: STORY, duplicateOf: 'a' }),
      doc('e', { published: '2024-03-04' }, { text: STORY, duplicateOf: 'c' }),
    ],
    [
      event('a', { evidence: 'Moscow warned Astana over the drills near the border.' }),
      event('b', { evidence: 'Moscow warned Astana about drills close to the border.' }),
      event('b', { type: 'ACCUSE', evidence: 'Moscow accused Astana of hosting the drills.' }),
      event('a', { type: 'ACCUSE', actor: null, evidence: 'Someone blamed the hosts.' }),
    ],
  ],
  [
    'a monthly repeat split by the time window, an undated mention, a copy in a later window',
    [
      doc('a', { published: '2024-05-01', publisher: 'North Desk' }, { text: STORY }),
      doc('b', { published: '2024-05-31', publisher: 'Field Notes' }),
      doc('c', { published: '2024-06-30', publisher: 'Mirror' }, { text: `${STORY} Updated.` }),
      doc('d', { published: '2024-07-30', publisher: 'Aggregator' }, { text: STORY }),
      doc('e', { publisher: 'Undated Blog' }),
    ],
    ['a', 'b', 'c', 'd', 'e'].map((d) => event(d, threat)),
  ],
]

describe('streamClaims', () => {
  test.each(cases)('%s', async (_label, docs, events) => {
    const asked: string[][] = []
    const reads = readsOf(docs, events, asked)
    const batches: Claim[][] = []
    // A one-entry fingerprint cache forces texts to be read again mid-claim.
    for await (const b of streamClaims(reads, { fingerprintCache: 1 })) batches.push(b)
    const expected = buildClaims(events, docs)
    expect(byId(batches.flat())).toEqual(byId(expected))
    expect(asked.length).toBeGreaterThan(0)
    // One batch per claim key.
    expect(batches.length).toBe(new Set(events.map((e) => `${e.type}|${e.actor}`)).size)
  })
})
