import { readFileSync, readdirSync } from 'node:fs'

/** CPU seconds of one phase, split by the kind of thread that spent them. */
export interface ThreadCpu {
  /** The main thread: the writer, and the whole pipeline in a 1-core run. */
  readonly main: number
  /** Threads started during the phase: the worker threads of a parallel run. */
  readonly workers: number
  /**
   * Threads that outlive phases: V8's own (optimising compiler, concurrent garbage collection)
   * and libuv's file-system pool. Every worker thread compiles the pipeline's code for itself, so
   * this grows with the number of threads, not with the documents.
   */
  readonly runtime: number
}

/** Clock ticks per second of /proc's counters (USER_HZ: 100 on every Linux port Node runs on). */
const TICKS = 100

/** Per-thread CPU seconds of this process (Linux /proc); null elsewhere. */
function threadTimes(): Map<string, number> | null {
  try {
    const times = new Map<string, number>()
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
        // Fields after the parenthesised command name (which may itself hold spaces).
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        times.set(tid, (Number(f[11]) + Number(f[12])) / TICKS)
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return times
  } catch {
    return null
  }
}

/**
 * Starts measuring a phase; the returned function ends it. Threads that ended during the phase
 * are gone from /proc by then, so `workers` is the process's CPU time (`process.cpuUsage`, which
 * keeps them) less what the main and runtime threads spent. Null where /proc is missing.
 */
export function measureThreadCpu(): () => ThreadCpu | null {
  const before = threadTimes()
  const cpu0 = process.cpuUsage()
  return () => {
    const after = threadTimes()
    if (!before || !after) return null
    const used = process.cpuUsage(cpu0)
    const total = (used.user + used.system) / 1e6
    const pid = String(process.pid)
    const main = (after.get(pid) ?? 0) - (before.get(pid) ?? 0)
    let runtime = 0
    for (const [tid, t] of after)
      if (tid !== pid && before.has(tid)) runtime += t - (before.get(tid) ?? 0)
    const round = (n: number): number => Math.round(Math.max(0, n) * 100) / 100
    return { main: round(main), workers: round(total - main - runtime), runtime: round(runtime) }
  }
}
