/** Samples the process's resident set size while running, for per-phase peaks (MiB). */
export interface RssSampler {
  /** Highest RSS seen since the last `reset`, in MiB. */
  peakMb(): number
  reset(): void
  stop(): void
}

/** Starts sampling `process.memoryUsage.rss()` every `intervalMs` (worker threads included). */
export function sampleRss(intervalMs = 25): RssSampler {
  let peak = 0
  const take = (): void => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }
  const timer = setInterval(take, intervalMs)
  timer.unref()
  take()
  return {
    peakMb: () => {
      take()
      return peak / 2 ** 20
    },
    reset: () => {
      peak = 0
      take()
    },
    stop: () => clearInterval(timer),
  }
}
