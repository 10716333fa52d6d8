import type { WatchInput } from '../analyze/watch/evaluation.js'
import { readAll } from '../store/read-all.js'
import type { Store } from '../store/store.js'

/**
 * Everything a watch evaluation reads, every row of it: the CLI report and the dashboard read
 * the same, so they never disagree (a capped read would drop a large store's newest rows).
 */
export async function readWatchInput(store: Store): Promise<WatchInput> {
  const [claims, events, quotes, docs, entities] = await Promise.all([
    readAll((page) => store.listClaims(page)),
    readAll((page) => store.listEvents(page)),
    readAll((page) => store.listQuotes(page)),
    readAll((page) => store.listDocs({ ...page, includeDuplicates: true, bare: true })),
    readAll((page) => store.listEntities(page)),
  ])
  return { claims, events, quotes, docs, entities }
}
