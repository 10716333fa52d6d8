import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/** A fixed set of worker threads running one script; tasks go to whichever thread is free. */
export interface WorkerPool<Task, Result> {
  readonly size: number
  run(task: Task): Promise<Result>
  close(): Promise<void>
}

interface Slot {
  worker: Worker
  /** Whether this thread ever answered; a thread that dies before that could not start. */
  answered: boolean
  inFlight: Map<number, { resolve: (r: never) => void; reject: (e: Error) => void }>
}

/** Tasks queued on a thread at once: one running, one waiting, so it never idles between messages. */
const PER_THREAD = 2

/** Threads to use by default: one per core (for an ingest, the writer's included). */
export function defaultWorkers(): number {
  return availableParallelism()
}

/**
 * Starts `size` threads of the sibling script `name` (`./name.js` next to this file). When running
 * from TypeScript sources (tsx, vitest), the threads load the `.ts` file through tsx.
 */
export function startWorkerPool<Task, Result>(
  name: string,
  size: number,
): WorkerPool<Task, Result> {
  const fromSources = import.meta.url.endsWith('.ts')
  const script = new URL(`./${name}.${fromSources ? 'ts' : 'js'}`, import.meta.url)
  // Note: Node 20 does not run `--import tsx` inside worker threads, so from sources each thread
  // registers tsx itself before loading the TypeScript entry.
  const create = (): Worker =>
    fromSources
      ? new Worker(
          `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}) })`,
          { eval: true },
        )
      : new Worker(script)
  const queue: Array<{ id: number; task: Task }> = []
  const waiting = new Map<number, { resolve: (r: never) => void; reject: (e: Error) => void }>()
  let nextId = 0
  let closed = false
  // A thread that cannot start (a broken preset, a missing module) would fail again on every
  // respawn: the pool stops and every task gets that error instead.
  let broken: Error | null = null

  const spawn = (): Slot => {
    const slot: Slot = { worker: create(), answered: false, inFlight: new Map() }
    slot.worker.on('message', (msg: { id: number; result: Result }) => {
      slot.answered = true
      const entry = slot.inFlight.get(msg.id)
      slot.inFlight.delete(msg.id)
      entry?.resolve(msg.result as never)
      pump()
    })
    // A thread that dies fails only its own tasks; a fresh one takes its place.
    const fail = (e: Error): void => {
      for (const entry of slot.inFlight.values()) entry.reject(e)
      slot.inFlight.clear()
      if (closed || broken) return
      if (!slot.answered) {
        broken = new Error(`worker thread could not start: ${e.message}`, { cause: e })
        for (const entry of waiting.values()) entry.reject(broken)
        waiting.clear()
        queue.length = 0
        return
      }
      const i = slots.indexOf(slot)
      if (i >= 0) slots[i] = spawn()
      pump()
    }
    slot.worker.on('error', fail)
    slot.worker.on('exit', (code) => {
      if (!closed) fail(new Error(`worker thread exited with code ${code}`))
    })
    return slot
  }

  const pump = (): void => {
    for (const slot of slots) {
      while (slot.inFlight.size < PER_THREAD && queue.length) {
        const next = queue.shift()
        if (!next) break
        const entry = waiting.get(next.id)
        waiting.delete(next.id)
        if (entry) slot.inFlight.set(next.id, entry)
        slot.worker.postMessage({ id: next.id, task: next.task })
      }
    }
  }

  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, spawn)
  return {
    size: slots.length,
    run: (task) =>
      new Promise<Result>((resolve, reject) => {
        if (closed) return reject(new Error('worker pool is closed'))
        if (broken) return reject(broken)
        const id = nextId++
        waiting.set(id, { resolve: resolve as (r: never) => void, reject })
        queue.push({ id, task })
        pump()
      }),
    close: async () => {
      closed = true
      await Promise.all(slots.map((s) => s.worker.terminate()))
    },
  }
}
