import { describe, expect, it } from 'vitest'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { SqliteStore } from './store.js'

const ids = (docs: ReadonlyArray<{ id: string }>): string[] => docs.map((d) => d.id)

describe('full-text indexes filled at commit', () => {
  it('finds every document and evidence of a batch once it is committed, each once', async () => {
    const store = new SqliteStore(':memory:')
    await store.saveDoc(sampleDoc(1))
    await store.beginBatch()
    for (const n of [2, 3, 4]) await store.saveDoc(sampleDoc(n))
    await store.commitBatch()
    await store.saveDoc(sampleDoc(5))
    expect(ids(await store.listDocs({ q: 'astana rejected' }))).toEqual([
      'doc1',
      'doc2',
      'doc3',
      'doc4',
      'doc5',
    ])
    expect(ids(await store.listDocs({ q: 'document 3' }))).toEqual(['doc3'])
    expect(ids(await store.listEvents({ q: 'rejected the demand on 4 May' }))).toEqual(['ev4'])
    // Each document is in the index once (the trigger of 0001 would have added it a second time).
    const rows = (table: string): number =>
      Number((store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n)
    expect(rows('documents_fts_docsize')).toBe(5)
    await store.close()
  })

  it('leaves out a failed document and a rolled-back batch', async () => {
    const store = new SqliteStore(':memory:')
    await store.beginBatch()
    await store.saveDoc(sampleDoc(1))
    const bad = sampleDoc(2, { text: 'Unusual wording kept out of the index. Astana rejected it.' })
    const event = bad.events[0]
    if (!event) throw new Error('fixture has an event')
    await expect(store.saveDoc({ ...bad, events: [event, event] })).rejects.toThrow()
    await store.commitBatch()
    expect(ids(await store.listDocs({ q: 'unusual wording' }))).toEqual([])
    await store.beginBatch()
    await store.saveDoc(sampleDoc(3))
    store.db.exec('ROLLBACK')
    await store.saveDoc(sampleDoc(4))
    expect(ids(await store.listDocs({ q: 'astana rejected' }))).toEqual(['doc1', 'doc4'])
    await store.close()
  })
})
