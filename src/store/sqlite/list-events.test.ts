import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { StoredEvent } from '../store.js'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { SqliteStore } from './store.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('listEvents (SQLite)', () => {
  it('searches evidence by scanning on a store migrated before the trigram index existed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-list-events-'))
    dirs.push(dir)
    const path = join(dir, 'old.db')
    const first = new SqliteStore(path)
    first.db
      .exec(`DROP TRIGGER IF EXISTS events_fts_ai; DROP TRIGGER events_fts_ad; DROP TRIGGER events_fts_au;
      DROP TABLE events_fts;`)
    await first.close()
    const store = new SqliteStore(path)
    const base = sampleDoc(1).events[0] as StoredEvent
    const events = [
      'The barge waited at Aktau.',
      'Grain left by rail.',
      'A second barge sailed.',
    ].map((evidence, n): StoredEvent => ({ ...base, id: `e${n}`, evidence }))
    await store.saveDoc(sampleDoc(1, { events }))
    expect((await store.listEvents({ q: 'BARGE' })).map((e) => e.id)).toEqual(['e0', 'e2'])
    expect(await store.listEvents({ q: 'ferry' })).toEqual([])
    await store.close()
  })

  it('finds evidence written in a batch once the batch commits (index filled in bulk)', async () => {
    const store = new SqliteStore(':memory:')
    const base = sampleDoc(1).events[0] as StoredEvent
    const docs = [1, 2, 3].map((n) =>
      sampleDoc(n, {
        events: [{ ...base, id: `b${n}`, evidence: `Convoy ${n} reached the Khorgos crossing.` }],
      }),
    )
    await store.beginBatch()
    for (const d of docs) await store.saveDoc(d)
    await store.commitBatch()
    await store.saveDoc(
      sampleDoc(4, {
        events: [{ ...base, id: 'b4', evidence: 'A fourth convoy reached Khorgos.' }],
      }),
    )
    const ids = (await store.listEvents({ q: 'khorgos' })).map((e) => e.id).sort()
    expect(ids).toEqual(['b1', 'b2', 'b3', 'b4'])
    const indexed = store.db
      .prepare("SELECT count(*) AS n FROM events_fts WHERE evidence LIKE '%khorgos%'")
      .get() as { n: number }
    expect(indexed.n).toBe(4)
    await store.close()
  })
})
