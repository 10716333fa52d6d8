/** One period of a risk series: its label and its last day (ISO dates). */
export interface Period {
  readonly period: string
  readonly end: string
}

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10)
const DAY_MS = 86_400_000

/**
 * Consecutive periods (calendar months, or ISO weeks ending on Sunday) from the one containing
 * `from` to the one containing `to`; the last period ends at `to` itself. At most `maxPoints`, the
 * latest kept.
 */
export function periods(
  from: string,
  to: string,
  interval: 'week' | 'month',
  maxPoints: number,
): Period[] {
  const out: Period[] = []
  const end = Date.parse(to.slice(0, 10))
  let t = Date.parse(from.slice(0, 10))
  if (Number.isNaN(t) || Number.isNaN(end) || t > end)
    return [{ period: label(to, interval), end: to.slice(0, 10) }]
  while (t <= end) {
    const d = new Date(t)
    const periodEnd =
      interval === 'month'
        ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)
        : t + ((7 - d.getUTCDay()) % 7) * DAY_MS
    const e = Math.min(periodEnd, end)
    out.push({ period: label(iso(e), interval), end: iso(e) })
    t = periodEnd + DAY_MS
  }
  return out.slice(-maxPoints)
}

/** `2024-09` for months; ISO 8601 week `2024-W38` for weeks. */
export function label(date: string, interval: 'week' | 'month'): string {
  if (interval === 'month') return date.slice(0, 7)
  // ISO weeks belong to the year of their Thursday; week 1 holds 4 January.
  const d = new Date(Date.parse(date.slice(0, 10)))
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3)
  const year = d.getUTCFullYear()
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const diffDays = (d.getTime() - jan4.getTime()) / DAY_MS
  const week = 1 + Math.round((diffDays - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}
