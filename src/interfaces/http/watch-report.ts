import {
  evaluateWatch,
  type AchResult,
  type IndicatorResult,
  type RiskPoint,
  type Watch,
  type WatchEvaluation,
} from '../../analyze/index.js'
import type { Claim } from '../../core/model.js'
import { CLAIM_ITEM_MENTIONS, type ClaimListItem, type Store } from '../../store/store.js'
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
  /** Claims the evaluation uses, most hostile and best sourced first, as list items. */
  readonly topClaims: readonly ClaimListItem[]
  /** Claim id → summary, for naming contributions and hits. */
  readonly claimSummaries: Readonly<Record<string, string>>
}

/**
 * The report of `watch` over everything `store` holds, as JSON text (what the route sends and
 * what a worker thread posts back: a string crosses threads as one copy).
 */
export async function watchReportJson(store: Store, watch: Watch): Promise<string> {
  return JSON.stringify(toReport(evaluateWatch(watch, await readWatchInput(store))))
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
    .map(claimItem)
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

/** A claim as the claim list shows it (see `ClaimListItem`). */
function claimItem({ mentions, ...claim }: Claim): ClaimListItem {
  return {
    ...claim,
    mentionCount: mentions.length,
    firstMentions: mentions.slice(0, CLAIM_ITEM_MENTIONS),
  }
}
