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
      .exec(`DROP TRIGGER events_fts_ai; DROP TRIGGER events_fts_ad; DROP TRIGGER events_fts_au;
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
})
