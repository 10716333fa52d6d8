import {
  evaluateWatch,
  listWatches,
  loadWatch,
  type AchResult,
  type IndicatorResult,
  type RiskPoint,
  type Watch,
  type WatchEvaluation,
} from '../../analyze/index.js'
import type { Claim } from '../../core/model.js'
import type { Store } from '../../store/store.js'
import { readWatchInput } from '../../workflows/watch-input.js'

/** Contributions kept per risk point, and hits per indicator, in a response. */
const TOP = 12

/** What the watch pages show: the evaluation, trimmed to what a screen can use. */
export interface WatchReport {
  readonly watch: WatchEvaluation['watch']
  readonly asOf: string | null
  readonly method: string
  readonly risk: readonly RiskPoint[]
  readonly undated: number
  readonly indicators: readonly IndicatorResult[]
  readonly ach: AchResult
  /** Claims the evaluation uses, most hostile and best sourced first. */
  readonly topClaims: readonly Claim[]
  /** Claim id → summary, for naming contributions and hits. */
  readonly claimSummaries: Readonly<Record<string, string>>
}

/** Where watch reports come from; the app takes one so tests can swap it. */
export interface WatchSource {
  list(): Promise<ReadonlyArray<{ id: string; label: string; actor: string; target: string }>>
  report(id: string): Promise<WatchReport | undefined>
}

/**
 * Watches from the analysis module, evaluated over the whole store. An evaluation is cached
 * until the store's data version (or, without one, its counts) changes, since it reads every
 * claim, event, quote and document.
 */
export function analysisWatchSource(store: Store): WatchSource {
  const watches = new Map<string, Watch>(listWatches().map((id) => [id, loadWatch(id)]))
  const cache = new Map<string, { key: string; report: WatchReport }>()
  return {
    list: () =>
      Promise.resolve(
        [...watches.values()].map((w) => ({
          id: w.id,
          label: w.label,
          actor: w.actor.code,
          target: w.target.code,
        })),
      ),
    async report(id) {
      const watch = watches.get(id)
      if (!watch) return undefined
      // The data version sees every write; counts miss a rewrite that keeps the numbers equal.
      const key = store.dataVersion
        ? await store.dataVersion()
        : JSON.stringify(await store.counts())
      const hit = cache.get(id)
      if (hit?.key === key) return hit.report
      const report = toReport(evaluateWatch(watch, await readWatchInput(store)))
      cache.set(id, { key, report })
      return report
    },
  }
}

/** Trims an evaluation for the screen: top contributions and hits, top claims. */
export function toReport(e: WatchEvaluation): WatchReport {
  const byPressure = <T extends { pressure: number }>(xs: readonly T[]): T[] =>
    [...xs].sort((a, b) => Math.abs(b.pressure) - Math.abs(a.pressure)).slice(0, TOP)
  const topClaims = [...e.claims]
    .sort(
      (a, b) =>
        a.score * a.independentSources - b.score * b.independentSources || a.id.localeCompare(b.id),
    )
    .slice(0, 10)
  return {
    watch: e.watch,
    asOf: e.asOf,
    method: e.risk.method,
    risk: e.risk.points.map((p) => ({ ...p, contributions: byPressure(p.contributions) })),
    undated: e.risk.undated.length,
    indicators: e.indicators.map((i) => ({ ...i, hits: i.hits.slice(0, TOP) })),
    ach: e.ach,
    topClaims,
    claimSummaries: Object.fromEntries(e.claims.map((c) => [c.id, c.summary])),
  }
}
