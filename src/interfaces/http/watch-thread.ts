// Worker thread entry of `startWatchWorker`: evaluates watch reports over its own connection to
// the store, so the server's event loop never runs an evaluation (1-2 s on a 100k-event store).
import { parentPort } from 'node:worker_threads'
import { loadWatch } from '../../analyze/index.js'
import { reasonOf } from '../../core/errors.js'
import { openStore, type Store } from '../../store/store.js'
import { watchReportJson } from './watch-report.js'

/** A request from the server: evaluate watch `watchId` over the store at `location`. */
export interface WatchTask {
  readonly id: number
  readonly location: string
  readonly watchId: string
}

/** The answer: the report as JSON text, or why there is none. */
export type WatchTaskResult =
  { readonly id: number; readonly json: string } | { readonly id: number; readonly error: string }

const port = parentPort
if (!port) throw new Error('watch-thread must run in a worker thread')
const stores = new Map<string, Promise<Store>>()
port.on('message', (task: WatchTask) => {
  void (async (): Promise<WatchTaskResult> => {
    try {
      let store = stores.get(task.location)
      if (!store) {
        store = openStore(task.location)
        stores.set(task.location, store)
        // A store that could not open is tried again by the next task.
        store.catch(() => stores.delete(task.location))
      }
      return { id: task.id, json: await watchReportJson(await store, loadWatch(task.watchId)) }
    } catch (e) {
      return { id: task.id, error: reasonOf(e) }
    }
  })().then((result) => port.postMessage(result))
})
