import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { SqliteStore } from './store.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('SQLite data version', () => {
  it('changes on a write through this store or another process, never on a read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-version-'))
    dirs.push(dir)
    const reader = new SqliteStore(join(dir, 'v.db'))
    const writer = new SqliteStore(join(dir, 'v.db'))
    const v0 = await reader.dataVersion()
    await reader.listEvents({ q: 'astana' })
    await reader.listEntities()
    expect(await reader.dataVersion()).toBe(v0)
    await writer.saveDoc(sampleDoc(1)) // another connection, as another process would be
    const v1 = await reader.dataVersion()
    expect(v1).not.toBe(v0)
    await reader.saveDoc(sampleDoc(2))
    expect(await reader.dataVersion()).not.toBe(v1)
    await writer.close()
    await reader.close()
  })
})
