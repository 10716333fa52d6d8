import { listWatches, loadWatch, type Watch } from '../../analyze/index.js'
import type { Store } from '../../store/store.js'
import type { Logger } from './errors.js'
import { watchReportJson } from './watch-report.js'
import { startWatchWorker } from './watch-worker.js'

export type { WatchReport } from './watch-report.js'

/** A watch report as the route sends it. */
export interface WatchAnswer {
  /** The report (`WatchReport`) as UTF-8 JSON. */
  readonly body: Uint8Array<ArrayBuffer>
  /** The store changed since this report was computed; a fresh one is being computed. */
  readonly stale: boolean
}

/** Where watch reports come from; the app takes one so tests can swap it. */
export interface WatchSource {
  list(): Promise<ReadonlyArray<{ id: string; label: string; actor: string; target: string }>>
  report(id: string): Promise<WatchAnswer | undefined>
  /** Stops any thread the source started. */
  close?(): Promise<void>
}

/** Options for `analysisWatchSource`. */
export interface AnalysisWatchOptions {
  /**
   * Computes a report as JSON text. @default on a worker thread with its own connection when the
   * store has a `location`, else (an in-memory store) on this thread
   */
  readonly evaluate?: ((watch: Watch) => Promise<string>) | undefined
  /** Where a failed evaluation is logged. @default console.error */
  readonly log?: Logger | undefined
  /** Clock in ms, for spacing evaluations. @default Date.now */
  readonly now?: (() => number) | undefined
}

/**
 * Watches from the analysis module, evaluated over the whole store (1-2 s on a 100k-event store).
 * A report is kept until the store's data version (or, without one, its counts) changes. After a
 * change the kept report is still answered, marked stale, while a fresh one is computed off the
 * event loop (`evaluate`); only the very first report of a watch is waited for. One evaluation
 * per watch runs at a time, and the next starts no sooner than the last one took after it ended,
 * so a stream of writes keeps the evaluating thread at most half busy.
 */
export function analysisWatchSource(store: Store, options: AnalysisWatchOptions = {}): WatchSource {
  const log = options.log ?? ((m, e) => console.error(m, e))
  const now = options.now ?? Date.now
  const watches = new Map<string, Watch>(listWatches().map((id) => [id, loadWatch(id)]))
  const worker = !options.evaluate && store.location ? startWatchWorker(store.location) : undefined
  const evaluate =
    options.evaluate ??
    (async (watch: Watch): Promise<string> => {
      if (worker)
        try {
          return await worker.evaluate(watch.id)
        } catch (e) {
          log(`Watch ${watch.id}: the worker thread failed; evaluating on the main thread.`, e)
        }
      return watchReportJson(store, watch)
    })
  // The data version sees every write; counts miss a rewrite that keeps the numbers equal.
  const version = async (): Promise<string> =>
    store.dataVersion ? store.dataVersion() : JSON.stringify(await store.counts())
  const done = new Map<string, { key: string; body: Uint8Array<ArrayBuffer> }>()
  const running = new Map<string, Promise<{ key: string; body: Uint8Array<ArrayBuffer> }>>()
  const notBefore = new Map<string, number>()
  const encoder = new TextEncoder()

  const refresh = (watch: Watch, key: string) => {
    let job = running.get(watch.id)
    if (job) return job
    const started = now()
    job = evaluate(watch)
      .then((json) => {
        const result = { key, body: encoder.encode(json) }
        done.set(watch.id, result)
        return result
      })
      .finally(() => {
        running.delete(watch.id)
        notBefore.set(watch.id, 2 * now() - started)
      })
    running.set(watch.id, job)
    return job
  }

  const timers = new Map<string, NodeJS.Timeout>()
  const background = (watch: Watch, key: string): void => {
    refresh(watch, key).catch((e: unknown) => {
      log(`Watch ${watch.id}: the report could not be brought up to date.`, e)
    })
  }

  return {
    list: () =>
      Promise.resolve(
        [...watches.values()].map((w) => ({
          id: w.id,
          label: w.label,
          actor: w.actor.code,
          target: w.target.code,
        })),
      ),
    async report(id) {
      const watch = watches.get(id)
      if (!watch) return undefined
      const key = await version()
      const last = done.get(id)
      if (last?.key === key) return { body: last.body, stale: false }
      if (!last) {
        const first = await refresh(watch, key)
        return { body: first.body, stale: first.key !== key }
      }
      const wait = (notBefore.get(id) ?? 0) - now()
      if (wait <= 0) background(watch, key)
      else if (!timers.has(id))
        // Too soon after the last evaluation: the next starts when the gap is over.
        timers.set(
          id,
          setTimeout(() => {
            timers.delete(id)
            void version().then((k) => background(watch, k))
          }, wait).unref(),
        )
      return { body: last.body, stale: true }
    },
    close: async () => {
      for (const t of timers.values()) clearTimeout(t)
      await worker?.close()
    },
  }
}
