import type { SourceItem } from '../../../ingest/raw-article.js'
import type { Store } from '../../../store/store.js'
import { enqueueSources } from '../../../workflows/queue/enqueue.js'
import { openJobQueue } from '../../../workflows/queue/job-queue.js'
import { EXIT_OK, EXIT_PARTIAL, type Output } from '../output.js'

/**
 * `forewarn ingest … --queue`: sends one job per source to the pg-boss queue of the PostgreSQL
 * store instead of analysing here; `forewarn worker` processes pick them up.
 */
export async function queueIngest(
  items: AsyncIterable<SourceItem>,
  url: string,
  store: Store,
  o: Output,
  json: boolean,
): Promise<number> {
  const boss = await openJobQueue(url)
  try {
    const summary = await enqueueSources(items, boss, store)
    for (const f of summary.failed) o.err(`${f.uri}: ${f.message}`)
    if (json) o.out(JSON.stringify(summary))
    else o.out(`queued ${summary.queued}, failed ${summary.failed.length}`)
    return summary.failed.length ? EXIT_PARTIAL : EXIT_OK
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
  }
}
