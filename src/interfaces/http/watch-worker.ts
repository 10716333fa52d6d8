import { Worker } from 'node:worker_threads'
import type { WatchTask, WatchTaskResult } from './watch-thread.js'

/** Watch reports computed on a worker thread (see `startWatchWorker`). */
export interface WatchWorker {
  /** The report of watch `watchId` as JSON text; rejects with the thread's reason. */
  evaluate(watchId: string): Promise<string>
  close(): Promise<void>
}

type Waiting = Map<number, { resolve: (json: string) => void; reject: (e: Error) => void }>

/**
 * One worker thread that evaluates watch reports over its own connection to the store at
 * `location` (`Store.location`). Started on the first evaluation; it keeps the process running
 * only while it has work. A thread that dies fails its own tasks and the next task starts another.
 */
export function startWatchWorker(location: string): WatchWorker {
  let current: { worker: Worker; waiting: Waiting } | undefined
  let nextId = 0

  const spawn = (): { worker: Worker; waiting: Waiting } => {
    const fromSources = import.meta.url.endsWith('.ts')
    const script = new URL(`./watch-thread.${fromSources ? 'ts' : 'js'}`, import.meta.url)
    // Note: Node 20 does not run `--import tsx` inside worker threads, so from sources the
    // thread registers tsx itself before loading the TypeScript entry (as the ingest pool does).
    const worker = fromSources
      ? new Worker(
          `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}) })`,
          { eval: true },
        )
      : new Worker(script)
    const slot = { worker, waiting: new Map() as Waiting }
    worker.on('message', (msg: WatchTaskResult) => {
      const entry = slot.waiting.get(msg.id)
      slot.waiting.delete(msg.id)
      if ('json' in msg) entry?.resolve(msg.json)
      else entry?.reject(new Error(msg.error))
      if (!slot.waiting.size) worker.unref()
    })
    const fail = (e: Error): void => {
      if (current === slot) current = undefined
      for (const entry of slot.waiting.values()) entry.reject(e)
      slot.waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`watch worker thread exited with code ${code}`)))
    return slot
  }

  return {
    evaluate: (watchId) =>
      new Promise<string>((resolve, reject) => {
        const id = nextId++
        current ??= spawn()
        // Referenced only while it has work: an idle thread must not keep the process running
        // (`forewarn serve` after SIGTERM), a busy one must (a caller awaits its answer).
        current.worker.ref()
        current.waiting.set(id, { resolve, reject })
        current.worker.postMessage({ id, location, watchId } satisfies WatchTask)
      }),
    close: async () => {
      const slot = current
      current = undefined
      await slot?.worker.terminate()
    },
  }
}
