import { describe, expect, it } from 'vitest'
import { claimsStale, type Store } from './store.js'
import { CLAIM, claimReadsContract } from './claim-reads-contract.js'
import type { Entity } from '../core/model.js'
import { sampleDoc } from '../../test/helpers/fixtures.js'

/** A state entity the contract tests store and read back. */
const KAZ: Entity = {
  id: 'KAZ',
  type: 'COUNTRY',
  name: 'Kazakhstan',
  aliases: ['Kazakhstan'],
  country: 'KAZ',
  sector: null,
  role: null,
}

/** A contract test every store backend must pass. `skips` maps a test name to the reason it is skipped. */
export function storeContract(
  name: string,
  open: () => Promise<Store>,
  skips: Record<string, string> = {},
): void {
  const test = (title: string, fn: () => Promise<void>): void => {
    if (skips[title]) it.skip(`${title} (skipped: ${skips[title]})`, fn)
    else it(title, fn)
  }
  describe(`store contract: ${name}`, () => {
    test('saves a document and reads it back whole', async () => {
      const store = await open()
      const doc = sampleDoc(1)
      expect(await store.saveDoc(doc)).toBe(true)
      const back = await store.getDoc('doc1')
      expect(back?.text).toBe(doc.text)
      expect(back?.meta).toEqual(doc.meta)
      expect(back?.events).toEqual(doc.events)
      expect(back?.sentences).toEqual(doc.sentences)
      expect(back?.mentions).toEqual(doc.mentions)
      await store.close()
    })

    test('saving the same id twice adds nothing', async () => {
      const store = await open()
      await store.saveDoc(sampleDoc(1))
      expect(await store.saveDoc(sampleDoc(1))).toBe(false)
      expect((await store.counts()).documents).toBe(1)
      expect((await store.counts()).events).toBe(1)
      await store.close()
    })

    test('filters events by dyad, type, status and date range', async () => {
      const store = await open()
      for (const n of [1, 2, 3]) await store.saveDoc(sampleDoc(n))
      expect(await store.listEvents({ actor: 'KAZ', recipient: 'RUS' })).toHaveLength(3)
      expect(await store.listEvents({ actor: 'RUS' })).toHaveLength(0)
      expect(await store.listEvents({ from: '2024-05-03', to: '2024-05-04' })).toHaveLength(2)
      expect(await store.listEvents({ type: 'REJECT', status: 'asserted', limit: 2 })).toHaveLength(
        2,
      )
      await store.close()
    })

    test('full-text search finds documents by word', async () => {
      const store = await open()
      await store.saveDoc(sampleDoc(1))
      await store.saveDoc(
        sampleDoc(2, {
          id: 'other',
          text: 'Nothing relevant here at all.',
          events: [],
          sentences: [],
          mentions: [],
          quotes: [],
        }),
      )
      const hits = await store.listDocs({ q: 'astana rejected' })
      expect(hits.map((d) => d.id)).toEqual(['doc1'])
      await store.close()
    })

    test('finds near-duplicate candidates by band key and hides duplicates from listings', async () => {
      const store = await open()
      await store.saveDoc(sampleDoc(1))
      await store.saveDoc(sampleDoc(2, { duplicateOf: 'doc1' }))
      expect((await store.findByBands(['1:shared'])).map((d) => d.id).sort()).toEqual([
        'doc1',
        'doc2',
      ])
      const texts = await store.getDocTexts(['doc2', 'missing', 'doc1'])
      expect([...texts.keys()].sort()).toEqual(['doc1', 'doc2'])
      expect(texts.get('doc1')).toBe(sampleDoc(1).text)
      expect((await store.listDocs()).map((d) => d.id)).toEqual(['doc1'])
      expect((await store.counts()).duplicates).toBe(1)
      await store.close()
    })

    test('upserts entities with mention counts and replaces claims', async () => {
      const store = await open()
      await store.saveDoc(sampleDoc(1))
      const kaz = KAZ
      await store.upsertEntities([kaz])
      await store.upsertEntities([{ ...kaz, aliases: ['Kazakhstan', 'Astana'] }])
      const [e] = await store.listEntities()
      expect(e).toMatchObject({
        id: 'KAZ',
        aliases: ['Kazakhstan', 'Astana'],
        mentionCount: 1,
        docCount: 1,
      })
      const claim = CLAIM
      await store.replaceClaims([claim, { ...claim, id: 'c2' }], 1)
      await store.replaceClaims([claim], 1)
      expect(await store.listClaims()).toEqual([claim])
      await store.close()
    })

    test('tells whether the claims were built from the newest documents', async () => {
      const store = await open()
      const fresh = await store.claimsBasis()
      expect(fresh).toEqual({ latest: 0, builtFrom: null })
      expect(claimsStale(fresh)).toBe(false)
      await store.saveDoc(sampleDoc(1))
      const one = await store.claimsBasis()
      expect(one.latest).toBeGreaterThan(0)
      expect(claimsStale(one)).toBe(true)
      await store.replaceClaims([], one.latest)
      expect(claimsStale(await store.claimsBasis())).toBe(false)
      // A document stored after the rebuild started leaves the claims stale.
      await store.saveDoc(sampleDoc(2))
      const two = await store.claimsBasis()
      expect(two.latest).toBeGreaterThan(one.latest)
      expect(two.builtFrom).toBe(one.latest)
      expect(claimsStale(two)).toBe(true)
      await store.close()
    })

    test('lists documents bare and looks entities up by id without counts', async () => {
      const store = await open()
      await store.saveDoc(sampleDoc(1))
      const [bare] = await store.listDocs({ bare: true })
      expect(bare?.meta).toEqual(sampleDoc(1).meta)
      expect(bare?.text).toBe(sampleDoc(1).text)
      expect([bare?.sentences, bare?.mentions, bare?.events, bare?.quotes]).toEqual([
        [],
        [],
        [],
        [],
      ])
      const kaz = KAZ
      await store.upsertEntities([
        kaz,
        { ...kaz, id: 'RUS', name: 'Russia', aliases: ['Russia'], country: 'RUS' },
      ])
      expect(await store.getEntities(['KAZ', 'nope'])).toEqual([kaz])
      expect(await store.getEntities([])).toEqual([])
      await store.close()
    })

    test('a write batch is visible to reads before its commit and kept after it', async () => {
      const store = await open()
      await store.beginBatch()
      expect(await store.saveDoc(sampleDoc(1))).toBe(true)
      expect(await store.hasDoc('doc1')).toBe(true)
      expect(await store.saveDoc(sampleDoc(1))).toBe(false)
      await store.saveDoc(sampleDoc(2, { bands: ['1:shared'] }))
      expect((await store.findByBands(['1:shared'])).map((d) => d.id).sort()).toEqual([
        'doc1',
        'doc2',
      ])
      await store.commitBatch()
      await store.commitBatch() // nothing open: no-op
      expect((await store.counts()).documents).toBe(2)
      expect((await store.getDoc('doc2'))?.events).toEqual(sampleDoc(2).events)
      await store.close()
    })

    test('records ingest failures', async () => {
      const store = await open()
      await store.recordFailure({
        uri: 'x.bin',
        code: 'UNSUPPORTED_TYPE',
        message: 'no',
        at: '2024-01-01T00:00:00Z',
      })
      expect(await store.listFailures()).toEqual([
        { uri: 'x.bin', code: 'UNSUPPORTED_TYPE', message: 'no', at: '2024-01-01T00:00:00Z' },
      ])
      await store.close()
    })
    describe('claims rebuild', () => claimReadsContract(open))
  })
}
