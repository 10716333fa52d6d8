import { countEvidenceWords, streamClaims } from '../analyze/claims/stream-claims.js'
import type { Claim } from '../core/model.js'
import type { ClaimKey, ClaimReads } from '../store/claim-reads.js'
import type { Store } from '../store/store.js'
import type { ClaimsSetup, ClaimsTask, ClaimsTaskResult } from './claims-task.js'
import { startWorkerPool } from './worker-pool.js'

/** Options for `rebuildClaims`. */
export interface RebuildClaimsOptions {
  /**
   * Threads building claims. Above 1, a store another thread can open (a SQLite file) has its
   * claim keys shared out to worker threads; otherwise the rebuild runs on this thread. Not yet
   * faster on 2 cores (2,000 documents: about the same wall time for ~1.4x the CPU): each thread
   * loads and fingerprints most texts again, since its copy detector's cache is its own, and warms
   * up its own JIT; so ingest does not pass its `workers` here. @default 1
   */
  readonly workers?: number | undefined
}

/**
 * Recomputes every claim from the stored events (claims span documents, so they are rebuilt after
 * each ingest), streaming: the store is read one claim key at a time and each key's claims are
 * written as they are built (see `streamClaims`, `Store.replaceClaimsFrom`), so memory does not
 * grow with the corpus. Readers keep the old claims until the new ones are all written. With
 * `workers` > 1 the keys are built on threads, in whatever order they finish: the same claims.
 */
export async function rebuildClaims(
  store: Store,
  options: RebuildClaimsOptions = {},
): Promise<void> {
  // Read first: documents stored while this rebuild runs leave the claims stale.
  const { latest } = await store.claimsBasis()
  const workers = options.workers ?? 1
  const claims =
    workers > 1 && store.kind === 'sqlite' && store.location
      ? threadedClaims(store.claimReads(), store.location, workers)
      : streamClaims(store.claimReads())
  await store.replaceClaimsFrom(claims, latest)
}

let rebuilds = 0

/**
 * `streamClaims` with the per-key step on worker threads (`claims-thread.ts`): this thread counts
 * the evidence words and reads the copies once, the threads read each key's events and texts from
 * the SQLite file at `location` themselves. Keys in flight are bounded, so claims finished ahead
 * of a slow key wait in memory only a few keys deep.
 */
async function* threadedClaims(
  reads: ClaimReads,
  location: string,
  workers: number,
): AsyncGenerator<Claim[]> {
  const words = await countEvidenceWords(reads)
  const copies = await reads.copies()
  const keys = await reads.keys()
  if (!keys.length) return
  const setup: ClaimsSetup = {
    id: ++rebuilds,
    location,
    words: words.toJSON(),
    copies,
    options: {},
  }
  const pool = startWorkerPool<ClaimsTask, ClaimsTaskResult>(
    'claims-thread',
    Math.min(workers, keys.length),
  )
  // The first tasks carry the setup, so each thread has it from its first task; a thread that
  // still lacks it (it took none of them, or was respawned) asks, and gets it with a retry.
  let withSetup = pool.size * 2
  const run = async (key: ClaimKey): Promise<Claim[]> => {
    let result = await pool.run({ rebuild: setup.id, key, ...(withSetup-- > 0 ? { setup } : {}) })
    if ('needSetup' in result) result = await pool.run({ rebuild: setup.id, key, setup })
    if ('error' in result) throw new Error(`claims thread failed: ${result.error}`)
    if ('needSetup' in result) throw new Error('claims thread ignored its setup')
    return result.claims
  }
  try {
    const pending = new Map<number, Promise<[number, Claim[]]>>()
    const window = pool.size * 4
    let next = 0
    while (next < keys.length || pending.size) {
      while (next < keys.length && pending.size < window) {
        const i = next++
        pending.set(
          i,
          run(keys[i] as ClaimKey).then((c): [number, Claim[]] => [i, c]),
        )
      }
      const [i, claims] = await Promise.race(pending.values())
      pending.delete(i)
      yield claims
    }
  } finally {
    await pool.close()
  }
}
