import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { openSqlite } from './index.js'

const dirs: string[] = []
const dbPath = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-batch-'))
  dirs.push(dir)
  return join(dir, 'store.db')
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('sqlite write batches', () => {
  it('loses an uncommitted batch as whole documents and keeps the committed ones', async () => {
    const path = dbPath()
    const store = await openSqlite(path)
    await store.beginBatch()
    await store.saveDoc(sampleDoc(1))
    await store.commitBatch()
    await store.beginBatch()
    await store.saveDoc(sampleDoc(2))
    await store.upsertEntities([
      {
        id: 'RUS',
        type: 'COUNTRY',
        name: 'Russia',
        aliases: ['Russia'],
        country: 'RUS',
        sector: null,
        role: null,
      },
    ])
    // Closing without a commit is what a killed process leaves: the open batch rolls back.
    await store.close()
    const again = await openSqlite(path)
    expect(await again.hasDoc('doc1')).toBe(true)
    expect(await again.hasDoc('doc2')).toBe(false)
    expect(await again.counts()).toMatchObject({ documents: 1, events: 1, entities: 0 })
    await again.close()
  })

  it('a failed document inside a batch rolls back alone', async () => {
    const store = await openSqlite(':memory:')
    await store.beginBatch()
    await store.saveDoc(sampleDoc(1))
    // Two events with one id break the primary key half-way through the document's rows.
    const bad = sampleDoc(2)
    const event = bad.events[0]
    if (!event) throw new Error('fixture has an event')
    await expect(store.saveDoc({ ...bad, events: [event, event] })).rejects.toThrow()
    await store.saveDoc(sampleDoc(3))
    await store.commitBatch()
    expect(await store.hasDoc('doc2')).toBe(false)
    expect(await store.counts()).toMatchObject({ documents: 2, events: 2 })
    await store.close()
  })
})
