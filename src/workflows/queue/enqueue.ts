import type PgBoss from 'pg-boss'
import { isAppError, reasonOf } from '../../core/errors.js'
import type { RawArticle, SourceItem } from '../../ingest/raw-article.js'
import type { Store } from '../../store/store.js'
import { INGEST_QUEUE } from './job-queue.js'

/** Data of one ingest job. */
export interface IngestJob {
  readonly article: RawArticle
  readonly minChars?: number
}

/** What `enqueueSources` did. */
export interface EnqueueSummary {
  queued: number
  failed: Array<{ uri: string; code: string; message: string }>
}

/**
 * Sends one ingest job per readable source item; items that could not be read are recorded as
 * ingest failures in the store straight away (no worker could do better).
 */
export async function enqueueSources(
  items: AsyncIterable<SourceItem>,
  boss: PgBoss,
  store: Store,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, failed: [] }
  for await (const item of items) {
    if (item.ok) {
      const job: IngestJob = { article: item.article }
      await boss.send(INGEST_QUEUE, job)
      summary.queued++
      continue
    }
    const entry = {
      uri: item.uri,
      code: isAppError(item.error) ? item.error.code : 'INTERNAL',
      message: reasonOf(item.error),
    }
    summary.failed.push(entry)
    await store.recordFailure({ ...entry, at: new Date().toISOString() })
  }
  return summary
}
