import type { IngestSummary } from '../../workflows/ingest.js'

/** A one-line progress display on a terminal (stderr), redrawn at most every 100 ms. */
export function progressLine(): {
  update: (s: IngestSummary, uri: string) => void
  done: () => void
} {
  let last = 0
  const started = Date.now()
  let shown = false
  return {
    update: (s, uri) => {
      const now = Date.now()
      if (now - last < 100) return
      last = now
      const n = s.stored + s.unchanged + s.duplicates + s.skipped.length + s.failed.length
      const rate = n / Math.max(0.001, (now - started) / 1000)
      const name = uri.length > 40 ? '…' + uri.slice(-39) : uri
      process.stderr.write(
        `\r\x1b[K${n} read · ${s.stored} stored · ${s.failed.length} failed · ${rate.toFixed(0)} docs/s · ${name}`,
      )
      shown = true
    },
    done: () => {
      if (shown) process.stderr.write('\r\x1b[K')
    },
  }
}
