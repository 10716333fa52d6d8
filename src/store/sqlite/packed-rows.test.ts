import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { Entity } from '../../core/model.js'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { oldStores } from './old-store.js'
import { SqliteStore } from './store.js'

const old = oldStores()
afterEach(() => old.cleanup())

/** A store file migrated up to 0012, as forewarn left it before sentences and mentions were packed. */
const storeBefore0013 = (): string => old.at(12)

const TEXT = 'Astana and Moscow met. Tokayev spoke first. Then the talks ended.'
const entity = (id: string): Entity => ({
  id,
  type: 'PERSON',
  name: id,
  aliases: [],
  country: null,
  sector: null,
  role: null,
})

describe('migration 0013 (sentences and mentions packed in the document row)', () => {
  it('keeps the documents, band keys and entity counts stored before it', async () => {
    const path = storeBefore0013()
    const old = new Database(path)
    old.exec(`INSERT INTO documents (id, seq, uri, file, kind, fetched_at, language, text, diagnostics)
      VALUES ('d1', 1, 'u', 'f', 'text', 't', 'eng', '${TEXT}', '[]')`)
    // Stored out of order; mentions of 'tokayev' have no entity row yet.
    const sentence = old.prepare('INSERT INTO sentences VALUES (?, ?, ?, ?, ?)')
    for (const s of [
      ['d1', 2, 23, 43, 0],
      ['d1', 1, 0, 22, 0],
      ['d1', 3, 44, 65, 1],
    ])
      sentence.run(...s)
    const mention = old.prepare('INSERT INTO mentions VALUES (?, ?, ?, ?, ?)')
    for (const m of [
      ['d1', 'tokayev', 23, 30, 'Tokayev'],
      ['d1', 'KAZ', 0, 6, 'Astana'],
      ['d1', 'KAZ', 11, 17, 'Moskva'],
      ['d1', 'tokayev', 23, 30, 'Tokayev again'],
    ])
      mention.run(...m)
    old.exec("INSERT INTO doc_bands VALUES ('0:a', 'd1'), ('1:b', 'd1')")
    // Counted by the 0006 trigger from the mention rows above.
    old.exec("INSERT INTO entities (id, type, name) VALUES ('KAZ', 'COUNTRY', 'Kazakhstan')")
    old.close()

    const store = new SqliteStore(path)
    expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(13)
    const doc = await store.getDoc('d1')
    expect(doc?.sentences.map((s) => [s.index, s.span.start, s.text])).toEqual([
      [1, 0, 'Astana and Moscow met.'],
      [2, 23, 'Tokayev spoke first.'],
      [3, 44, 'Then the talks ended.'],
    ])
    // In span order, ties in the order stored; texts kept as they were.
    expect(doc?.mentions.map((m) => [m.entity, m.span.start, m.text])).toEqual([
      ['KAZ', 0, 'Astana'],
      ['KAZ', 11, 'Moskva'],
      ['tokayev', 23, 'Tokayev'],
      ['tokayev', 23, 'Tokayev again'],
    ])
    expect((await store.findByBands(['1:b'])).map((d) => d.id)).toEqual(['d1'])
    expect((await store.counts()).mentions).toBe(4)
    // The old tables remain readable as views.
    const rows = store.db.prepare('SELECT entity, text FROM mentions ORDER BY start').all()
    expect(rows).toHaveLength(4)
    // Mentions whose entity arrives after the migration are counted when it does.
    await store.upsertEntities([entity('tokayev')])
    await store.saveDoc(
      sampleDoc(2, {
        mentions: [{ entity: 'tokayev', span: { start: 0, end: 8 }, text: 'Document' }],
      }),
    )
    const counts = (await store.listEntities()).map((e) => [e.id, e.mentionCount, e.docCount])
    expect(counts).toEqual([
      ['tokayev', 3, 2],
      ['KAZ', 2, 1],
    ])
    expect((await store.counts()).mentions).toBe(5)
    await store.close()
  })
})

describe('packed sentences and mentions', () => {
  it('read back as saved, a mention text that is not its span slice included', async () => {
    const store = new SqliteStore(':memory:')
    const doc = sampleDoc(1, {
      mentions: [
        { entity: 'RUS', span: { start: 40, end: 46 }, text: 'the demand' },
        { entity: 'KAZ', span: { start: 25, end: 31 }, text: 'Astana' },
      ],
    })
    await store.saveDoc(doc)
    const back = await store.getDoc('doc1')
    expect(back?.sentences).toEqual(doc.sentences)
    expect(back?.mentions).toEqual([doc.mentions[1], doc.mentions[0]])
    await store.close()
  })

  it('counts entity mentions of a batch at its commit, and for reads on the writer before it', async () => {
    const store = new SqliteStore(':memory:')
    await store.upsertEntities([entity('KAZ')])
    await store.beginBatch()
    await store.saveDoc(sampleDoc(1))
    await store.saveDoc(sampleDoc(2))
    expect(await store.getEntity('KAZ')).toMatchObject({ mentionCount: 2, docCount: 2 })
    await store.saveDoc(sampleDoc(3))
    await store.commitBatch()
    expect(await store.getEntity('KAZ')).toMatchObject({ mentionCount: 3, docCount: 3 })
    expect((await store.counts()).mentions).toBe(3)
    await store.close()
  })

  it("writes entity counts at once when the caller's own transaction holds the document", async () => {
    const store = new SqliteStore(':memory:')
    await store.upsertEntities([entity('KAZ')])
    // A transaction the store did not open commits without commitBatch.
    store.db.transaction(() => {
      void store.saveDoc(sampleDoc(1))
      void store.saveDoc(sampleDoc(2))
    })()
    const raw = store.db.prepare('SELECT mention_count AS m, doc_count AS d FROM entities').get()
    expect(raw).toEqual({ m: 2, d: 2 })
    await store.close()
  })
})
