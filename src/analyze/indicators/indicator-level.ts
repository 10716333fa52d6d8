import type { IndicatorHit, IndicatorLevel } from '../watch/evaluation.js'
import type { Thresholds, Watch, WatchIndicator } from '../watch/watch-schema.js'

const DAY_MS = 86_400_000

/** Age in days of `date` at `asOf` (0 for undated evidence, which is treated as current). */
export function ageDays(date: string | null, asOf: string | null): number {
  if (!date || !asOf) return 0
  return Math.max(0, (Date.parse(asOf.slice(0, 10)) - Date.parse(date.slice(0, 10))) / DAY_MS)
}

/** Recent, baseline, total and decayed strength of an indicator's hits, and its level. */
export interface IndicatorState {
  readonly level: IndicatorLevel
  readonly recent: number
  readonly baseline: number
  readonly total: number
  readonly current: number
  readonly reason: string
}

/**
 * Level of an indicator as of a date. Hits in the last `recent_days` are compared with the
 * `baseline_days` before them, scaled to the same length. A warning indicator is red when the recent
 * strength reaches `red.min` and `red.ratio` × baseline, amber likewise with `amber`, else green. A
 * counter-indicator (aid, cooperation) is amber when reassurance seen in the baseline has fallen
 * below `amber.min` recently, else green; it is never red. Undated hits count as recent.
 */
export function indicatorLevel(
  indicator: WatchIndicator,
  hits: readonly IndicatorHit[],
  watch: Watch,
  asOf: string | null,
): IndicatorState {
  const { recent_days: recentDays, baseline_days: baselineDays } = watch.baseline
  const halfLife = watch.risk.half_life_days
  let recent = 0
  let before = 0
  let total = 0
  let current = 0
  for (const h of hits) {
    const age = ageDays(h.date, asOf)
    total += h.strength
    current += h.strength * 0.5 ** (age / halfLife)
    if (age <= recentDays) recent += h.strength
    else if (age <= recentDays + baselineDays) before += h.strength
  }
  const baseline = (before * recentDays) / baselineDays
  const t: Thresholds = indicator.thresholds ?? watch.thresholds
  const fmt = (n: number): string => (Math.round(n * 100) / 100).toString()
  const facts = `${fmt(recent)} in the last ${recentDays} days against a baseline of ${fmt(baseline)}`
  const reaches = (x: { min: number; ratio: number }): boolean =>
    recent >= x.min && recent >= x.ratio * baseline && recent > 0
  let level: IndicatorLevel = 'green'
  let reason: string
  if (indicator.kind === 'counter') {
    const dried = recent < t.amber.min && before >= t.amber.min
    level = dried ? 'amber' : 'green'
    reason = dried
      ? `reassurance has fallen: ${facts}`
      : recent > 0
        ? `reassurance present: ${facts}`
        : `no reassurance seen, none in the baseline either`
  } else if (reaches(t.red)) {
    level = 'red'
    reason = `${facts} (red at ≥ ${t.red.min} and ≥ ${t.red.ratio}× baseline)`
  } else if (reaches(t.amber)) {
    level = 'amber'
    reason = `${facts} (amber at ≥ ${t.amber.min} and ≥ ${t.amber.ratio}× baseline)`
  } else reason = `${facts}: below the amber threshold`
  return { level, recent, baseline, total, current, reason }
}
