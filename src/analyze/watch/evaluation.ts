import type { Claim, ClaimStatus, Entity } from '../../core/model.js'
import type { StoredDoc, StoredEvent, StoredQuote } from '../../store/store.js'
import type { Consistency } from './watch-schema.js'

/** What a watch is evaluated over: the stored corpus, or any slice of it. */
export interface WatchInput {
  readonly claims: readonly Claim[]
  readonly events?: readonly StoredEvent[] | undefined
  readonly quotes?: readonly StoredQuote[] | undefined
  readonly docs: readonly StoredDoc[] | ReadonlyMap<string, StoredDoc>
  /** Resolved entities, for speaker states of quotes and sectors of actors. */
  readonly entities?: readonly Entity[] | undefined
}

/** Options for `evaluateWatch`. */
export interface EvaluateWatchOptions {
  /**
   * ISO date the picture is drawn for; later evidence is left out. @default the latest dated
   * evidence in the input (never the clock, so results are reproducible)
   */
  readonly asOf?: string | undefined
}

/** One piece of evidence an indicator matched: a claim, or a quote not already coded as a claim. */
export interface IndicatorHit {
  readonly kind: 'claim' | 'quote'
  /** Claim id or quote id. */
  readonly id: string
  readonly date: string | null
  /** Evidence strength: status weight × independent-source factor (0 for pure denials). */
  readonly strength: number
  readonly status: ClaimStatus | 'quote'
  /** PLOVER score of the claim, or the quote rule's score (-10 hostile … +10 cooperative). */
  readonly score: number
  /** Documents the evidence comes from (ids), for citations. */
  readonly docs: readonly string[]
  /** Claim summary or quote text (article text: escape before rendering as HTML). */
  readonly text: string
}

export type IndicatorLevel = 'green' | 'amber' | 'red'

/** An indicator's state as of the evaluation date. */
export interface IndicatorResult {
  readonly id: string
  readonly label: string
  readonly domain: string
  readonly kind: 'warning' | 'counter'
  readonly weight: number
  readonly level: IndicatorLevel
  /** Summed hit strength in the recent window. */
  readonly recent: number
  /** Summed hit strength in the baseline window, scaled to the recent window's length. */
  readonly baseline: number
  /** Summed strength of every hit up to the as-of date, dated or not. */
  readonly total: number
  /** Summed strength decayed by the watch's half-life to the as-of date (undated hits count fully). */
  readonly current: number
  /** Why the level is what it is, in words. */
  readonly reason: string
  readonly hits: readonly IndicatorHit[]
}

/** One claim's or quote's share of a risk point. */
export interface RiskContribution {
  readonly kind: 'claim' | 'quote'
  readonly id: string
  readonly date: string
  /** PLOVER score (-10 hostile … +10 cooperative). */
  readonly score: number
  readonly statusWeight: number
  /** 1 + log2(independent supporting sources). */
  readonly sourcesFactor: number
  /** 0.5 ^ (age in days / half-life). */
  readonly decay: number
  /** Largest weight of the indicators it matched (1 when it matched none). */
  readonly indicatorWeight: number
  readonly indicators: readonly string[]
  /** -score/10 × statusWeight × sourcesFactor × decay × indicatorWeight; the point's pressure is their sum. */
  readonly pressure: number
  /** Share of the point's risk: pressure × risk / total pressure; the shares sum to the risk. */
  readonly risk: number
}

/** Risk at the end of one period. */
export interface RiskPoint {
  /** Last day of the period (ISO date). */
  readonly date: string
  /** Period label: `2024-09` or `2024-W38`. */
  readonly period: string
  /** Sum of the contributions' pressure (positive = conflict). */
  readonly pressure: number
  /** tanh(max(0, pressure) / scale), in [0, 1]. */
  readonly risk: number
  readonly contributions: readonly RiskContribution[]
}

export interface RiskSeries {
  readonly points: readonly RiskPoint[]
  /** Claims in the dyad or an indicator that have no date and so no place in the series. */
  readonly undated: readonly string[]
  /** How values are computed, for readers of the report. */
  readonly method: string
}

export interface AchHypothesisScore {
  readonly id: string
  readonly label: string
  /** Σ evidence weight × (1 for I, 2 for II); lowest is most likely (Heuer). */
  readonly inconsistency: number
  /** Σ evidence weight × (1 for C, 2 for CC); breaks ties only. */
  readonly consistency: number
  readonly rank: number
}

export interface AchRow {
  readonly indicator: string
  readonly label: string
  /** Evidence present, in [0, 1]: min(1, total hit strength / saturation). */
  readonly strength: number
  /** Indicator weight × strength. */
  readonly weight: number
  /** Spread of ratings across hypotheses (max − min on II=-2 … CC=2); 0 = not diagnostic. */
  readonly diagnosticity: number
  readonly ratings: Readonly<Record<string, Consistency>>
}

/** The smallest change of one indicator's evidence that changes the leading hypothesis. */
export interface AchFlip {
  readonly indicator: string
  readonly direction: 'more' | 'less'
  /** Change of strength (0…1) at which the new leader ties or overtakes. */
  readonly deltaStrength: number
  /** The same change in hit strength (≈ asserted single-source claims). */
  readonly deltaHits: number
  readonly newLeader: string
}

export interface AchResult {
  readonly hypotheses: readonly AchHypothesisScore[]
  readonly matrix: readonly AchRow[]
  readonly leader: string
  /** Flips sorted by size, smallest first; empty when no single indicator can flip the lead. */
  readonly flips: readonly AchFlip[]
}

/** A document cited by the evaluation. */
export interface CitedDoc {
  readonly id: string
  readonly title: string | null
  readonly file: string
  readonly source: string
  readonly publisher: string | null
  readonly published: string | null
}

/** Everything a warning report shows, with citations resolvable through `claims` and `docs`. */
export interface WatchEvaluation {
  readonly watch: {
    readonly id: string
    readonly label: string
    readonly actor: string
    readonly target: string
  }
  readonly asOf: string | null
  readonly indicators: readonly IndicatorResult[]
  readonly risk: RiskSeries
  readonly ach: AchResult
  /** Claims the evaluation uses (in the dyad or matched by an indicator). */
  readonly claims: readonly Claim[]
  readonly docs: readonly CitedDoc[]
}
