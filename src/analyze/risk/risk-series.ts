import type { RiskContribution, RiskPoint, RiskSeries } from '../watch/evaluation.js'
import type { Watch } from '../watch/watch-schema.js'
import { ageDays } from '../indicators/indicator-level.js'
import { periods } from './periods.js'

/** A claim or quote that feeds the series, before decay. */
export interface RiskItem {
  readonly kind: 'claim' | 'quote'
  readonly id: string
  /** ISO date, or null when undated (then placed at the as-of date). */
  readonly date: string | null
  readonly score: number
  readonly statusWeight: number
  readonly sourcesFactor: number
  readonly indicatorWeight: number
  readonly indicators: readonly string[]
  /**
   * Weights from a date on, oldest first, as later reports corroborate or dispute the claim; a
   * point uses the last revision on or before its date, else the item's own weights.
   */
  readonly revisions?: ReadonlyArray<{
    readonly date: string
    readonly statusWeight: number
    readonly sourcesFactor: number
  }>
}

/** Text for readers: how a point's value is made. */
export const RISK_METHOD =
  'Each claim adds pressure = -(PLOVER score / 10) × status weight × (1 + log2 independent sources) × ' +
  '0.5^(age / half-life) × indicator weight; hostile events add, cooperative ones subtract. ' +
  'Risk = tanh(max(0, pressure) / scale), in [0, 1]; each contribution’s share of the risk is its ' +
  'pressure × risk / total pressure, so the shares add up to the risk.'

/**
 * Risk over time: one point per period up to `asOf`, each with every contribution that explains
 * it. Items dated after a point are not in it; undated items are treated as current and appear
 * only at the last point. Pure.
 */
export function riskSeries(
  items: readonly RiskItem[],
  watch: Watch,
  asOf: string | null,
): RiskSeries {
  const { interval, max_points: maxPoints, half_life_days: halfLife, scale } = watch.risk
  const dated = items
    .map((i) => i.date)
    .filter((d): d is string => !!d)
    .sort()
  const end = asOf ?? dated.at(-1) ?? null
  const undated = items.filter((i) => !i.date).map((i) => i.id)
  if (!end) return { points: [], undated, method: RISK_METHOD }
  const ps = periods(dated[0] ?? end, end, interval, maxPoints)
  const points: RiskPoint[] = ps.map(({ period, end: pointDate }, n) => {
    const last = n === ps.length - 1
    const contributions = items
      .filter((i) => (i.date ? i.date.slice(0, 10) <= pointDate : last))
      .map((i) => contribution(at(i, pointDate), i.date ? ageDays(i.date, pointDate) : 0, halfLife))
      .filter((c) => c.pressure !== 0)
    const pressure = contributions.reduce((s, c) => s + c.pressure, 0)
    const risk = Math.tanh(Math.max(0, pressure) / scale)
    return {
      date: pointDate,
      period,
      pressure,
      risk,
      contributions: contributions
        .map((c) => ({ ...c, risk: pressure > 0 ? (c.pressure * risk) / pressure : 0 }))
        .sort((a, b) => b.pressure - a.pressure || (a.id < b.id ? -1 : 1)),
    }
  })
  return { points, undated, method: RISK_METHOD }
}

/** The item with the weights of its last revision on or before `date`. */
function at(i: RiskItem, date: string): RiskItem {
  let current: RiskItem = i
  for (const r of i.revisions ?? [])
    if (r.date.slice(0, 10) <= date)
      current = { ...i, statusWeight: r.statusWeight, sourcesFactor: r.sourcesFactor }
  return current
}

function contribution(i: RiskItem, age: number, halfLife: number): RiskContribution {
  const decay = 0.5 ** (age / halfLife)
  return {
    kind: i.kind,
    id: i.id,
    date: i.date ?? '',
    score: i.score,
    statusWeight: i.statusWeight,
    sourcesFactor: i.sourcesFactor,
    decay,
    indicatorWeight: i.indicatorWeight,
    indicators: i.indicators,
    pressure: (-i.score / 10) * i.statusWeight * i.sourcesFactor * decay * i.indicatorWeight,
    risk: 0,
  }
}
