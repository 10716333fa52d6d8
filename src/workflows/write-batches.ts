import type { Store } from '../store/store.js'

/** When the writer commits: after this many documents or this many milliseconds, whichever first. */
export interface BatchLimits {
  /** @default 256 */
  readonly docs?: number
  /**
   * Each commit writes every index page its batch touched to the WAL, and the writer's keys (band
   * hashes, event and entity ids) are spread over many pages, so fewer, larger commits cost less
   * per document: 2000 ms instead of 200 saved 1-1.5 of 25 CPU s ingesting 2,000 documents on one
   * thread (issue #8); at 1000 ms a batch already reaches `docs` documents at 256 docs/s. Readers
   * see a document at most this late; a kill loses at most one batch.
   * @default 1000 (`DEFAULT_COMMIT_MS`)
   */
  readonly ms?: number
}

/** Default longest time between two commits of the writer, in milliseconds. */
export const DEFAULT_COMMIT_MS = 1000

/** The single writer's transaction grouping (see `Store.beginBatch`). */
export interface WriteBatches {
  /** Runs one document's writes; never split across two batches. */
  write<T>(step: () => Promise<T>): Promise<T>
  /** Commits what is open and stops grouping. */
  end(): Promise<void>
}

/**
 * Groups the writer's documents into batches of at most `docs` documents, committed at least every
 * `ms` milliseconds even when the source stalls (a slow URL), so readers see progress and a crash
 * loses at most one batch of whole documents, which a re-run stores again.
 */
export function writeBatches(store: Store, limits: BatchLimits = {}): WriteBatches {
  const maxDocs = limits.docs ?? 256
  const maxMs = limits.ms ?? DEFAULT_COMMIT_MS
  let open = 0
  let openedAt = 0
  let busy: Promise<unknown> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined
  let ended = false
  // A failed idle commit is reported by the next write or by `end`.
  let failure: { error: unknown } | null = null

  const commit = async (): Promise<void> => {
    clearTimeout(timer)
    timer = undefined
    if (!open) return
    open = 0
    await store.commitBatch()
  }
  // The idle commit waits for the document being written, so one document's writes stay together.
  const idle = (): void => {
    timer ??= setTimeout(() => {
      busy = busy.then(commit).catch((error: unknown) => (failure ??= { error }))
    }, maxMs)
    timer.unref()
  }

  return {
    write: <T>(step: () => Promise<T>): Promise<T> => {
      const run = busy.then(async () => {
        if (ended) throw new Error('write batches ended')
        if (failure) throw failure.error
        if (!open) {
          await store.beginBatch()
          openedAt = performance.now()
        }
        open++
        try {
          return await step()
        } finally {
          if (open >= maxDocs || performance.now() - openedAt >= maxMs) await commit()
          else idle()
        }
      })
      busy = run.catch(() => undefined)
      return run
    },
    end: async () => {
      ended = true
      await busy
      if (failure) throw failure.error
      await commit()
    },
  }
}
