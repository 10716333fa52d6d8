import { expect, it } from 'vitest'
import type { Claim } from '../core/model.js'
import { sampleDoc } from '../../test/helpers/fixtures.js'
import type { Store } from './store.js'

/** A minimal stored claim for the contract suites. */
export const CLAIM: Claim = {
  id: 'c1',
  type: 'REJECT',
  actor: 'KAZ',
  recipient: 'RUS',
  actorEntity: null,
  status: 'single-source',
  independentSources: 1,
  score: -4,
  firstSeen: null,
  lastSeen: null,
  summary: 's',
  mentions: [],
}

async function* batches(claims: Claim[][], fail?: string): AsyncGenerator<Claim[]> {
  for (const b of claims) yield await Promise.resolve(b)
  if (fail) throw new Error(fail)
}

/** The claims rebuild's reads and streamed write (`Store.claimReads`, `replaceClaimsFrom`). */
export function claimReadsContract(open: () => Promise<Store>): void {
  it('reads events by claim key with their documents, and every evidence sentence', async () => {
    const store = await open()
    await store.saveDoc(sampleDoc(1))
    const two = sampleDoc(2)
    const event = two.events[0] as (typeof two.events)[number]
    await store.saveDoc({
      ...two,
      meta: { ...two.meta, publisher: null, origin: 'Caspian Wire' },
      events: [event, { ...event, id: 'ev2b', type: 'ACCUSE', actor: null, evidence: 'Other.' }],
    })
    await store.saveDoc(sampleDoc(3, { duplicateOf: 'doc1', events: [], quotes: [] }))
    const reads = store.claimReads()
    const keys = await reads.keys()
    expect(keys.map((k) => `${k.type}|${k.actor}`).sort()).toEqual(['ACCUSE|null', 'REJECT|KAZ'])
    const reject = await reads.events({ type: 'REJECT', actor: 'KAZ' })
    expect(reject.map((e) => e.event.id).sort()).toEqual(['ev1', 'ev2'])
    const fromTwo = reject.find((e) => e.event.id === 'ev2')
    expect(fromTwo?.event).toEqual(event)
    expect(fromTwo?.doc).toEqual({
      id: 'doc2',
      uri: two.source.uri,
      published: two.meta.published,
      publisher: null,
      origin: 'Caspian Wire',
      duplicateOf: null,
    })
    const unnamed = await reads.events({ type: 'ACCUSE', actor: null })
    expect(unnamed.map((e) => e.event.id)).toEqual(['ev2b'])
    expect(await reads.events({ type: 'ACCUSE', actor: 'KAZ' })).toEqual([])
    expect((await reads.copies()).map((d) => [d.id, d.duplicateOf])).toEqual([['doc3', 'doc1']])
    expect(await reads.texts(['doc1', 'nope'])).toEqual(new Map([['doc1', sampleDoc(1).text]]))
    expect(await reads.texts([])).toEqual(new Map())
    const pages: string[][] = []
    for await (const page of reads.evidence(2)) pages.push([...page])
    expect(pages.map((p) => p.length)).toEqual([2, 1])
    const first = sampleDoc(1).events[0]?.evidence
    expect(pages.flat().sort()).toEqual(['Other.', first, event.evidence].sort())
    await store.close()
  })

  it('replaces the claims with streamed batches, or keeps the old ones when the stream fails', async () => {
    const store = await open()
    await store.replaceClaims([{ ...CLAIM, id: 'old' }], 1)
    const two = { ...CLAIM, id: 'c2', mentions: [] }
    await store.replaceClaimsFrom(batches([[CLAIM], [], [two]]), 2)
    expect((await store.listClaims()).map((c) => c.id).sort()).toEqual(['c1', 'c2'])
    expect(await store.getClaim('c1')).toEqual(CLAIM)
    expect((await store.claimsBasis()).builtFrom).toBe(2)
    await expect(store.replaceClaimsFrom(batches([[CLAIM]], 'broken'), 3)).rejects.toThrow('broken')
    expect((await store.listClaims()).map((c) => c.id).sort()).toEqual(['c1', 'c2'])
    expect((await store.claimsBasis()).builtFrom).toBe(2)
    // The store stays usable for the next rebuild.
    await store.replaceClaimsFrom(batches([[two]]), 4)
    expect((await store.listClaims()).map((c) => c.id)).toEqual(['c2'])
    await store.close()
  })
}
