import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotSources, spawnCli } from '../helpers/spawn-cli.js'
import { countDocs, snapshotStore, type StoreSnapshot } from '../helpers/store-snapshot.js'
import { writeSyntheticCorpus } from '../helpers/synthetic-corpus.js'

// Issue #9: an ingest killed with SIGKILL at any point, then re-run, must leave a sound store with
// every document exactly once and the same results as a run that was never interrupted.
const DOCS = 160
// Each cycle kills twice, so the default 5 cycles make the 10 kills in a row the issue asks for;
// FOREWARN_KILL_CYCLES=10 runs 10 full cycles (20 kills), 1 a quick local check.
const CYCLES = Number(process.env['FOREWARN_KILL_CYCLES'] ?? 5)
/** No kill waits for more stored documents than this. */
const LAST_KILL = DOCS - 40

let dir: string
let corpus: string
let reference: StoreSnapshot
let sources: string

interface Summary {
  stored: number
  unchanged: number
  duplicates: number
}

async function ingestToEnd(db: string): Promise<Summary> {
  const run = await spawnCli(['ingest', corpus, '--db', db, '--json'], {}, sources).done
  expect(run.err, 'an interrupted store must re-ingest without failures').toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.out.trim().split('\n').at(-1) ?? '{}') as Summary
}

/** Starts an ingest and kills it with SIGKILL once at least `atDocs` documents are stored. */
async function ingestAndKill(db: string, atDocs: number, workers: number): Promise<number> {
  const run = spawnCli(
    // Commits every 100 ms, so that kill points land between commits of a short run.
    ['ingest', corpus, '--db', db, '--json', '--workers', String(workers), '--commit-ms', '100'],
    {},
    sources,
  )
  let exited = false
  void run.done.then(() => (exited = true))
  while (!exited && countDocs(db) < atDocs) await sleep(5)
  run.child.kill('SIGKILL')
  const end = await run.done
  expect(end.signal, `ingest ended before it could be killed: ${end.err}`).toBe('SIGKILL')
  return countDocs(db)
}

function expectSameAsReference(snap: StoreSnapshot, label: string): void {
  expect(snap.integrity, label).toEqual(['ok'])
  expect(snap.duplicatedUris, label).toEqual([])
  expect(snap.danglingMentions, label).toBe(0)
  expect([...snap.docs.keys()].sort(), `${label}: document ids`).toEqual(
    [...reference.docs.keys()].sort(),
  )
  for (const [id, summary] of snap.docs)
    expect(summary, `${label}: results of ${id}`).toBe(reference.docs.get(id))
  expect(snap.entities, `${label}: entities`).toEqual(reference.entities)
  expect(snap.claims, `${label}: claims`).toEqual(reference.claims)
}

describe('kill -9 in the middle of an ingest, then re-run', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-kill-'))
    // Every run uses one frozen copy of the program, even if the working tree is edited meanwhile.
    sources = snapshotSources()
    corpus = join(dir, 'corpus')
    writeSyntheticCorpus(corpus, DOCS, 41)
    const db = join(dir, 'reference.db')
    const summary = await ingestToEnd(db)
    reference = await snapshotStore(db)
    // The corpus must not collapse into duplicates, or the test would prove little.
    expect(summary.stored).toBeGreaterThan(DOCS * 0.9)
    expect(reference.docs.size).toBe(DOCS)
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(sources, { recursive: true, force: true })
  })

  it(
    `leaves a sound store with the clean run's results: ${CYCLES} cycles of two kills and a re-run`,
    async () => {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const db = join(dir, `cycle-${cycle}.db`)
        // Kill points spread over the first half of the run; the second kill comes 10 documents
        // later but never past LAST_KILL. The writer commits up to 256 documents or 100 ms at a
        // time, so on a fast machine one commit can carry a run from below a late kill point to
        // its end before the kill lands (a kill during the claims rebuild is covered by the
        // ingest unit tests).
        const atDocs = 1 + Math.floor((DOCS / 2 - 1) * (cycle / Math.max(1, CYCLES - 1)))
        let stored = 0
        // Each cycle kills twice: a fresh ingest, then the re-run of it. Single-threaded and parallel
        // (worker threads) ingests alternate; the final re-run uses the default.
        for (const [kill, workers] of [
          [0, 1 + (cycle % 2)],
          [1, 2 - (cycle % 2)],
        ] as const) {
          stored = await ingestAndKill(
            db,
            kill ? Math.min(stored + 10, LAST_KILL) : atDocs,
            workers,
          )
          const label = `cycle ${cycle}, kill ${kill} (${workers} workers, at ${stored} stored documents)`
          // What was committed before the kill is whole: each stored document has all its results.
          const partial = await snapshotStore(db)
          expect(partial.integrity, label).toEqual(['ok'])
          expect(partial.duplicatedUris, label).toEqual([])
          for (const [id, summary] of partial.docs)
            expect(summary, `${label}: ${id} stored before the kill`).toBe(reference.docs.get(id))
        }
        const label = `cycle ${cycle}`
        const again = await ingestToEnd(db)
        expect(again.stored + again.unchanged + again.duplicates, label).toBe(reference.docs.size)
        expectSameAsReference(await snapshotStore(db), label)
        rmSync(db, { force: true })
      }
    },
    60_000 + CYCLES * 60_000,
  )
})
