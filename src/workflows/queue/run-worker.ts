import type PgBoss from 'pg-boss'
import { isAppError } from '../../core/errors.js'
import { standardPipeline } from '../../presets.js'
import { openDocLocks, type DocLocks } from '../../store/postgres/doc-locks.js'
import { openWriterLock, type WriterLock } from '../../store/postgres/writer-lock.js'
import { openStore, type Store } from '../../store/store.js'
import { analyseDoc, prepareArticle, type Prepared } from '../analyse-article.js'
import { rebuildClaims } from '../ingest.js'
import {
  storeArticle,
  writerContext,
  type StoreOutcome,
  type WriterContext,
} from '../store-article.js'
import type { IngestJob } from './enqueue.js'
import { ANALYSE_QUEUE, INGEST_QUEUE, openJobQueue } from './job-queue.js'
import { loadAllEntities } from '../known-entities.js'

/** Options for `runWorker`. */
export interface WorkerOptions {
  /** The shared PostgreSQL store (`postgres://…`, optionally `?schema=`). */
  readonly url: string
  /** Stop after this many seconds with no job running and both queues empty; never by default. */
  readonly idleExitSeconds?: number
  /** Called after every job. */
  readonly onJob?: (report: JobReport) => void
  /** Stops the worker (after the job in hand) when aborted. */
  readonly signal?: AbortSignal
  /** Seconds between polls for new jobs. @default 1 */
  readonly pollingIntervalSeconds?: number
}

/** What one job did. `busy`: another worker was analysing the same content at that moment. */
export interface JobReport {
  readonly queue: string
  readonly job: string
  readonly uri?: string
  readonly doc?: string
  readonly outcome: StoreOutcome | 'busy' | 'skipped' | 'failed' | 'claims'
  readonly code?: string
}

// Content problems are final; anything else (store, network) is thrown so pg-boss retries.
const FINAL = new Set(['NOT_AN_ARTICLE', 'UNSUPPORTED_TYPE', 'STAGE_FAILED', 'TOO_LARGE'])

/**
 * A scale-out worker: takes ingest jobs from the pg-boss queue in the store's database, analyses
 * each document and writes it (document id = content hash, so a copy is stored once; a
 * per-document advisory lock keeps two workers from analysing it at the same time), then asks
 * for one debounced claims rebuild. Runs until aborted or idle for `idleExitSeconds`.
 */
export async function runWorker(options: WorkerOptions): Promise<{ jobs: number }> {
  const store = await openStore(options.url)
  const locks = await openDocLocks(options.url)
  const writer = await openWriterLock(options.url)
  let boss: PgBoss | undefined
  let jobs = 0
  let active = 0
  let lastActivity = Date.now()
  try {
    boss = await openJobQueue(options.url, options)
    const queue = boss
    const pipeline = standardPipeline()
    const deps: JobDeps = { store, pipeline, locks, writer, ctx: null, seen: -1 }
    const track = async (work: () => Promise<JobReport>): Promise<void> => {
      active++
      try {
        const report = await work()
        jobs++
        options.onJob?.(report)
      } finally {
        active--
        lastActivity = Date.now()
      }
    }
    const polling = { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }
    await queue.work<IngestJob>(INGEST_QUEUE, polling, async ([job]) => {
      if (!job) return
      await track(async () => {
        const report = await ingestJob(job.id, job.data, deps)
        if (report.outcome === 'stored' || report.outcome === 'duplicates')
          await queue.sendDebounced(ANALYSE_QUEUE, {}, {}, 2, 'claims')
        return report
      })
    })
    await queue.work(ANALYSE_QUEUE, polling, async ([job]) => {
      if (!job) return
      await track(async () => {
        await rebuildClaims(store)
        return { queue: ANALYSE_QUEUE, job: job.id, outcome: 'claims' }
      })
    })
    await untilDone(options, queue, () => active === 0 && Date.now() - lastActivity)
  } finally {
    await boss?.stop({ graceful: true, wait: true, timeout: 30_000 }).catch(() => undefined)
    await locks.close().catch(() => undefined)
    await writer.close().catch(() => undefined)
    await store.close()
  }
  return { jobs }
}

/** What the ingest job handler shares between jobs. */
interface JobDeps {
  readonly store: Store
  readonly pipeline: ReturnType<typeof standardPipeline>
  readonly locks: DocLocks
  readonly writer: WriterLock
  /** Writer state, reloaded whenever another process wrote since this one last did. */
  ctx: WriterContext | null
  seen: number
}

async function ingestJob(id: string, data: IngestJob, deps: JobDeps): Promise<JobReport> {
  const base = { queue: INGEST_QUEUE, job: id, uri: data.article.uri }
  const final = async (e: unknown, outcome: 'skipped' | 'failed'): Promise<JobReport> => {
    if (!isAppError(e) || !FINAL.has(e.code)) throw e
    const entry = { uri: data.article.uri, code: e.code, message: e.message }
    await deps.store.recordFailure({ ...entry, at: new Date().toISOString() })
    return { ...base, outcome, code: e.code }
  }
  let prepared: Prepared
  try {
    prepared = prepareArticle(data.article, data.minChars ?? 200)
  } catch (e) {
    return final(e, 'skipped')
  }
  const doc = prepared.doc.id
  if (!(await deps.locks.tryLock(doc))) return { ...base, doc, outcome: 'busy' }
  try {
    if (await deps.store.hasDoc(doc)) return { ...base, doc, outcome: 'unchanged' }
    // Analysis runs outside the writer lock, in parallel with the other workers.
    let failure: unknown = null
    try {
      analyseDoc(prepared.doc, deps.pipeline)
    } catch (e) {
      failure = e
    }
    const analysed = (): Prepared['doc'] => {
      if (failure) throw failure
      return prepared.doc
    }
    const outcome = await underWriterLock(deps, (ctx) => storeArticle(prepared, analysed, ctx))
    return { ...base, doc, outcome }
  } catch (e) {
    return { ...(await final(e, 'failed')), doc }
  } finally {
    await deps.locks.unlock(doc)
  }
}

/**
 * Runs the write step as the only writer across all processes: near-duplicate checks see every
 * earlier write, and entity ids are assigned from a registry that has every earlier entity.
 */
async function underWriterLock(
  deps: JobDeps,
  write: (ctx: WriterContext) => Promise<StoreOutcome>,
): Promise<StoreOutcome> {
  const version = await deps.writer.acquire()
  let wrote = false
  try {
    if (!deps.ctx || version !== deps.seen) {
      deps.ctx = writerContext(deps.store, await loadAllEntities(deps.store))
    }
    const outcome = await write(deps.ctx)
    wrote = outcome !== 'unchanged'
    return outcome
  } finally {
    deps.seen = await deps.writer.release(wrote)
  }
}

/** Resolves when aborted, or when idle long enough with nothing left in either queue. */
function untilDone(
  options: WorkerOptions,
  boss: PgBoss,
  idleForMs: () => number | false,
): Promise<void> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) return resolve()
    options.signal?.addEventListener('abort', () => resolve(), { once: true })
    if (options.idleExitSeconds === undefined) return
    const limitMs = options.idleExitSeconds * 1000
    const timer = setInterval(() => {
      const idle = idleForMs()
      if (idle === false || idle < limitMs) return
      void Promise.all(
        [INGEST_QUEUE, ANALYSE_QUEUE].map((q) => boss.getQueueSize(q, { before: 'completed' })),
      ).then(
        (sizes) => {
          if (sizes.every((n) => n === 0)) {
            clearInterval(timer)
            resolve()
          }
        },
        () => undefined,
      )
    }, 250)
  })
}
