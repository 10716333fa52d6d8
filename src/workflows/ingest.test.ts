import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSources } from '../ingest/read-sources.js'
import { standardPipeline } from '../presets.js'
import { openSqlite } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { writeBenchCorpus } from './bench/corpus.js'
import { ingest, SMALL_BATCH } from './ingest.js'

/** A varied corpus plus the awkward cases: an exact copy, a near copy, a stub page, a dangling link. */
function corpus(docs: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'fw-ingest-'))
  writeBenchCorpus(dir, { docs, seed: 3 })
  const [first, second] = readdirSync(dir).filter((f) => f.endsWith('.txt'))
  copyFileSync(join(dir, second ?? ''), join(dir, `${second}-copy.txt`))
  const page = readFileSync(join(dir, first ?? ''), 'utf8')
  writeFileSync(join(dir, `${first}-near.txt`), page.replace(/\.\s/, '. Updated at noon. '))
  writeFileSync(join(dir, '000003-stub.txt'), 'Page not found.\n')
  return dir
}

async function snapshot(store: Store) {
  const docs = await store.listDocs({ limit: 10_000, includeDuplicates: true })
  return {
    docs: docs.map((d) => ({
      id: d.id,
      uri: d.source.uri,
      duplicateOf: d.duplicateOf,
      events: d.events,
      quotes: d.quotes,
      mentions: d.mentions,
    })),
    entities: await store.listEntities({ limit: 10_000 }),
    claims: await store.listClaims({ limit: 10_000 }),
    counts: await store.counts(),
  }
}

const fixedClock = { now: () => new Date('2024-06-01T00:00:00Z') }

describe('parallel ingest', () => {
  it('stores exactly what a serial run stores, in the same order', async () => {
    const dir = corpus(SMALL_BATCH * 2)
    const results = []
    // 3: two analysing threads and the writer, so results can come back out of order.
    for (const workers of [1, 3]) {
      const store = await openSqlite(':memory:')
      const summary = await ingest(readSources([dir], fixedClock), {
        store,
        pipeline: standardPipeline(),
        workers,
      })
      results.push({ summary, snap: await snapshot(store) })
      await store.close()
    }
    const [serial, parallel] = results
    expect(serial?.summary.duplicates).toBeGreaterThanOrEqual(1)
    expect(serial?.summary.unchanged).toBe(1)
    expect(serial?.summary.skipped.map((s) => s.code)).toEqual(['NOT_AN_ARTICLE'])
    expect(serial?.summary.stored).toBe(SMALL_BATCH * 2)
    expect(parallel?.summary).toEqual(serial?.summary)
    expect(parallel?.snap).toEqual(serial?.snap)
  })

  it('re-ingesting in parallel finds every document unchanged', async () => {
    const dir = corpus(SMALL_BATCH + 4)
    const store = await openSqlite(':memory:')
    await ingest(readSources([dir]), { store, pipeline: standardPipeline(), workers: 2 })
    const before = await store.counts()
    const again = await ingest(readSources([dir]), {
      store,
      pipeline: standardPipeline(),
      workers: 2,
    })
    expect(again.stored).toBe(0)
    expect(again.unchanged + again.duplicates).toBeGreaterThan(SMALL_BATCH)
    expect(await store.counts()).toEqual(before)
    await store.close()
  })
})

describe('the serial pipeline', () => {
  it('is built once when a serial run needs it, and not at all when threads analyse', async () => {
    const dir = corpus(SMALL_BATCH + 4)
    let builds = 0
    const pipeline = () => {
      builds++
      return standardPipeline()
    }
    const serial = await openSqlite(':memory:')
    await ingest(readSources([dir]), { store: serial, pipeline, workers: 1 })
    expect(builds).toBe(1)
    await serial.close()
    const parallel = await openSqlite(':memory:')
    await ingest(readSources([dir]), { store: parallel, pipeline, workers: 2 })
    expect(builds).toBe(1)
    await parallel.close()
  })
})

describe('claims after an interrupted ingest', () => {
  it('a re-run that stores nothing new still rebuilds claims left stale', async () => {
    const dir = corpus(12)
    const store = await openSqlite(':memory:')
    const run = () =>
      ingest(readSources([dir], fixedClock), { store, pipeline: standardPipeline() })
    await run()
    const claims = await store.listClaims({ limit: 10_000 })
    expect(claims.length).toBeGreaterThan(0)
    // As if the first run had been killed after committing its documents, before the rebuild.
    await store.replaceClaims([], 0)
    const again = await run()
    expect(again.stored).toBe(0)
    expect(await store.listClaims({ limit: 10_000 })).toEqual(claims)
    // Claims that are current are not rebuilt: an emptied claim table stays empty.
    await store.replaceClaims([], (await store.claimsBasis()).latest)
    await run()
    expect(await store.listClaims({ limit: 10_000 })).toEqual([])
    await store.close()
  })
})
