import { isAppError, reasonOf } from '../core/errors.js'
import type { Pipeline } from '../core/pipeline.js'
import type { SourceItem } from '../ingest/raw-article.js'
import { claimsStale, type Store } from '../store/store.js'
import { analyseDoc, fromWire, prepareArticle, type Prepared } from './analyse-article.js'
import type { AnalyseTask } from './analyse-task.js'
import { mapOrdered } from './map-ordered.js'
import { readAhead } from './read-ahead.js'
import { storeArticle, writerContext, type StoreOutcome } from './store-article.js'
import { startWorkerPool } from './worker-pool.js'
import { unpackResult, type WireResult } from './wire-doc.js'
import { writeBatches } from './write-batches.js'
import { loadAllEntities } from './known-entities.js'
import { rebuildClaims } from './rebuild-claims.js'

export { rebuildClaims } from './rebuild-claims.js'

/** Options for `ingest`. */
export interface IngestOptions {
  readonly store: Store
  /**
   * The pipeline for serial runs, or a function that builds it when first needed (building one
   * loads every lexicon: wasted on the main thread when worker threads do the analysis). Worker
   * threads build `standardPipeline()` from presets.ts.
   */
  readonly pipeline: Pipeline | (() => Pipeline)
  /** Called after each source item with the running summary. */
  readonly onProgress?: (summary: IngestSummary, uri: string) => void
  /** Shortest clean body, in characters, that counts as an article. @default 200 */
  readonly minChars?: number
  /** Jaccard similarity of word shingles above which a document is a near duplicate. @default 0.8 */
  readonly nearDuplicateThreshold?: number
  /**
   * Threads at work, the writer included: 1 runs everything on the calling thread; N > 1 cleans
   * and analyses on N - 1 worker threads while the calling thread writes. The writer is busy a
   * third of the time or more, so it takes a core of its own: on 2 cores one analysing thread
   * and the writer beat two analysing threads and the writer (faster, and 15% less CPU: every
   * thread compiles the pipeline for itself). Batches of fewer than `SMALL_BATCH` items run
   * serially whatever this says. @default 1
   */
  readonly workers?: number
  /** Longest time between two commits of the writer, ms (see `BatchLimits.ms`). */
  readonly commitMs?: number
}

/** What one ingest did, by outcome. */
export interface IngestSummary {
  stored: number
  /** Already in the store (same content hash): nothing added. */
  unchanged: number
  /** Stored as a copy of another document (`duplicate_of`), not analysed again. */
  duplicates: number
  skipped: Array<{ uri: string; code: string; message: string }>
  failed: Array<{ uri: string; code: string; message: string }>
}

/** Items read ahead of the one being analysed. */
const READ_AHEAD = 8

/** Below this many items, starting threads costs more than it saves. */
export const SMALL_BATCH = 24

/** One source item after cleaning (and, in a worker thread, analysis), ready for the writer. */
type Ready =
  | { readonly uri: string; readonly prepared: Prepared; readonly analysed: () => Prepared['doc'] }
  | { readonly uri: string; readonly error: unknown }

/**
 * Reads, cleans, de-duplicates, analyses and stores every source item, then rebuilds claims.
 * Items stream through: with `workers` > 1, worker threads clean and analyse a bounded window of items
 * while the main thread writes them in input order, so the result is the same as a serial run
 * and memory does not grow with the corpus.
 */
export async function ingest(
  items: AsyncIterable<SourceItem>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const { store } = options
  const summary: IngestSummary = { stored: 0, unchanged: 0, duplicates: 0, skipped: [], failed: [] }
  const ctx = writerContext(
    store,
    await loadAllEntities(store),
    options.nearDuplicateThreshold ?? 0.8,
  )
  const minChars = options.minChars ?? 200
  // Sources are read a few items ahead so file and network waits overlap the analysis.
  const { head, rest } = await peek(readAhead(items, READ_AHEAD), SMALL_BATCH)
  const threads = options.workers ?? 1
  const parallel = threads > 1 && rest !== null
  const pool = parallel
    ? startWorkerPool<AnalyseTask, WireResult>('ingest-thread', threads - 1)
    : null
  let built: Pipeline | null = null
  const serialPipeline = (): Pipeline =>
    (built ??= typeof options.pipeline === 'function' ? options.pipeline() : options.pipeline)
  const ready = (item: SourceItem): Promise<Ready> => {
    if (!item.ok) return Promise.resolve({ uri: item.uri, error: item.error })
    const uri = item.article.uri
    if (!pool) {
      // Serial: clean now, run the pipeline only if the writer finds the document new.
      try {
        const prepared = prepareArticle(item.article, minChars)
        return Promise.resolve({
          uri,
          prepared,
          analysed: () => analyseDoc(prepared.doc, serialPipeline()),
        })
      } catch (error) {
        return Promise.resolve({ uri, error })
      }
    }
    return pool.run({ article: item.article, minChars }).then(
      (wire): Ready => {
        const r = unpackResult(wire)
        return r.ok
          ? {
              uri,
              prepared: { doc: r.doc, bands: r.bands },
              analysed: () => {
                if (r.failure) throw fromWire(r.failure)
                return r.doc
              },
            }
          : { uri, error: fromWire(r.error) }
      },
      (error: unknown): Ready => ({ uri, error }),
    )
  }
  // Documents are committed in groups (one commit per document was most of the writer's time).
  const batches = writeBatches(
    store,
    options.commitMs === undefined ? {} : { ms: options.commitMs },
  )
  try {
    const window = pool ? pool.size * 4 : 1
    for await (const r of mapOrdered(concat(head, rest), ready, window)) {
      try {
        if ('error' in r) throw r.error
        const outcome: StoreOutcome = await batches.write(() =>
          storeArticle(r.prepared, r.analysed, ctx),
        )
        summary[outcome]++
      } catch (e) {
        await batches.write(() => recordFailure(summary, store, r.uri, e))
      } finally {
        options.onProgress?.(summary, r.uri)
      }
    }
  } finally {
    try {
      await batches.end()
    } finally {
      await pool?.close()
    }
  }
  // Not only when this run stored something: a run killed after committing its documents but
  // before this point left the claims stale, and its re-run stores nothing new.
  if (claimsStale(await store.claimsBasis())) await rebuildClaims(store)
  return summary
}

async function recordFailure(
  summary: IngestSummary,
  store: Store,
  uri: string,
  e: unknown,
): Promise<void> {
  const entry = isAppError(e)
    ? { uri, code: e.code, message: e.message }
    : { uri, code: 'INTERNAL', message: `Internal error while reading ${uri}: ${reasonOf(e)}` }
  const skip = isAppError(e) && (e.code === 'NOT_AN_ARTICLE' || e.code === 'UNSUPPORTED_TYPE')
  ;(skip ? summary.skipped : summary.failed).push(entry)
  await store.recordFailure({ ...entry, at: new Date().toISOString() }).catch(() => undefined)
}

/** Reads up to `n` items; `rest` is null when the source ended within them. */
async function peek<T>(
  items: AsyncIterable<T>,
  n: number,
): Promise<{ head: T[]; rest: AsyncIterator<T> | null }> {
  const it = items[Symbol.asyncIterator]()
  const head: T[] = []
  while (head.length < n) {
    const next = await it.next()
    if (next.done) return { head, rest: null }
    head.push(next.value)
  }
  return { head, rest: it }
}

async function* concat<T>(head: readonly T[], rest: AsyncIterator<T> | null): AsyncGenerator<T> {
  yield* head
  if (!rest) return
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value
}
