import type { Claim } from '../../core/model.js'
import type { Store } from '../../store/store.js'

/** One indicator of a watch, as the board shows it. */
export interface IndicatorView {
  readonly id: string
  readonly label: string
  readonly level: 'green' | 'amber' | 'red'
  readonly value: number
  readonly threshold: number | null
  /** Event ids that triggered it, newest first. */
  readonly evidence: readonly string[]
}

/** One point of the risk series: the score in [0, 1] and what each indicator added. */
export interface RiskPoint {
  readonly date: string
  readonly value: number
  readonly contributions: ReadonlyArray<{ readonly indicator: string; readonly value: number }>
}

/** Analysis of competing hypotheses: consistency of each indicator with each hypothesis. */
export interface AchView {
  readonly hypotheses: ReadonlyArray<{
    readonly id: string
    readonly label: string
    readonly score: number
  }>
  readonly rows: ReadonlyArray<{
    readonly indicator: string
    readonly label: string
    /** Hypothesis id → "CC" | "C" | "N" | "I" | "II" (consistent … inconsistent). */
    readonly cells: Readonly<Record<string, string>>
  }>
}

/** Everything the watch overview shows. `analysis` says where it came from. */
export interface WatchReport {
  readonly id: string
  readonly label: string
  readonly actor: string
  readonly target: string
  readonly analysis: 'watch' | 'events-only'
  readonly note: string | null
  readonly risk: readonly RiskPoint[]
  readonly indicators: readonly IndicatorView[]
  readonly ach: AchView | null
  readonly topClaims: readonly Claim[]
}

/** Where watch reports come from; the app takes one so the analysis can be swapped or faked. */
export interface WatchSource {
  list(): Promise<ReadonlyArray<{ id: string; label: string; actor: string; target: string }>>
  report(id: string): Promise<WatchReport | undefined>
}

/** Dyads watched when no watch definitions are available. */
const DEFAULT_DYADS = [
  { id: 'rus-kaz', label: 'Russia → Kazakhstan', actor: 'RUS', target: 'KAZ' },
  { id: 'aze-arm', label: 'Azerbaijan → Armenia', actor: 'AZE', target: 'ARM' },
]

/**
 * A watch source that needs no analysis module: for each default dyad, the monthly mean
 * hostility of its events (PLOVER score −10…0 mapped to 0…1) and the claims about it. It says so
 * in `note`, and has no indicators or ACH.
 */
export function eventsOnlyWatchSource(store: Store): WatchSource {
  return {
    list: () => Promise.resolve(DEFAULT_DYADS),
    async report(id) {
      const dyad = DEFAULT_DYADS.find((d) => d.id === id)
      if (!dyad) return undefined
      const [events, claims] = await Promise.all([
        store.listEvents({ actor: dyad.actor, recipient: dyad.target, limit: 10_000 }),
        store.listClaims({ limit: 10_000 }),
      ])
      const months = new Map<string, number[]>()
      for (const e of events) {
        if (!e.date) continue
        const m = e.date.slice(0, 7)
        months.set(m, [...(months.get(m) ?? []), Math.max(0, -e.score) / 10])
      }
      const risk = [...months]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([m, v]) => ({
          date: `${m}-01`,
          value: Math.round((v.reduce((s, x) => s + x, 0) / v.length) * 100) / 100,
          contributions: [],
        }))
      return {
        ...dyad,
        analysis: 'events-only',
        note: 'Watch analysis is not available in this build: the line is the mean hostility of the dyad’s events per month.',
        risk,
        indicators: [],
        ach: null,
        topClaims: claims
          .filter((c) => c.actor === dyad.actor && c.recipient === dyad.target)
          .slice(0, 10),
      }
    },
  }
}
