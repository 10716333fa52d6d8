import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Claim } from '../core/model.js'
import { readSources } from '../ingest/read-sources.js'
import { standardPipeline } from '../presets.js'
import { openSqlite } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { sampleDoc } from '../../test/helpers/fixtures.js'
import { writeBenchCorpus } from './bench/corpus.js'
import { ingest } from './ingest.js'
import { rebuildClaims } from './rebuild-claims.js'

const dir = mkdtempSync(join(tmpdir(), 'fw-claims-threads-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A bench corpus with stored copies: an exact copy and a lightly edited one of two pages. */
function corpus(): string {
  const src = join(dir, 'corpus')
  writeBenchCorpus(src, { docs: 60, seed: 11 })
  const [first, second] = readdirSync(src).filter((f) => f.endsWith('.txt'))
  copyFileSync(join(src, second ?? ''), join(src, `${second}-copy.txt`))
  const page = readFileSync(join(src, first ?? ''), 'utf8')
  writeFileSync(join(src, `${first}-near.txt`), page.replace(/\.\s/, '. Updated in the evening. '))
  return src
}

const byId = (claims: readonly Claim[]): Claim[] =>
  [...claims].sort((a, b) => (a.id < b.id ? -1 : 1))

/** The store with a main-thread `claimReads` whose per-key reads fail: only threads may do them. */
function keysOffMainThread(store: Store): Store {
  return new Proxy(store, {
    get(target, prop) {
      if (prop !== 'claimReads') {
        const value = Reflect.get(target, prop, target) as unknown
        return typeof value === 'function' ? value.bind(target) : value
      }
      return () => ({
        ...target.claimReads(),
        events: () => Promise.reject(new Error('a key was read on the main thread')),
      })
    },
  })
}

describe('rebuildClaims on worker threads', () => {
  it('stores the same claims, every field, as the serial rebuild', async () => {
    const store = await openSqlite(join(dir, 'store.db'))
    const summary = await ingest(readSources([corpus()]), {
      store,
      pipeline: standardPipeline(),
    })
    expect(summary.duplicates).toBeGreaterThanOrEqual(1)
    await rebuildClaims(store)
    const serial = byId(await store.listClaims({ limit: 100_000 }))
    expect(serial.length).toBeGreaterThan(20)
    expect(serial.some((c) => c.independentSources > 1)).toBe(true)

    const none = async function* (): AsyncGenerator<Claim[]> {}
    await store.replaceClaimsFrom(none(), 0)
    expect(await store.listClaims({ limit: 10 })).toEqual([])
    await rebuildClaims(keysOffMainThread(store), { workers: 2 })
    expect(byId(await store.listClaims({ limit: 100_000 }))).toEqual(serial)
    const basis = await store.claimsBasis()
    expect(basis.builtFrom).toBe(basis.latest)
    await store.close()
  })

  it('stays on this thread for a store no other thread can open', async () => {
    const store = await openSqlite(':memory:')
    await store.saveDoc(sampleDoc(1))
    await expect(rebuildClaims(keysOffMainThread(store), { workers: 2 })).rejects.toThrow(
      'main thread',
    )
    await store.close()
  })
})
