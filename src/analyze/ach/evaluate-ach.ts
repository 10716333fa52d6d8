import type {
  AchFlip,
  AchHypothesisScore,
  AchResult,
  AchRow,
  IndicatorResult,
} from '../watch/evaluation.js'
import type { Consistency, Watch } from '../watch/watch-schema.js'

/** Heuer's ratings on one scale: very inconsistent −2 … very consistent +2. */
const VALUE: Readonly<Record<Consistency, number>> = { II: -2, I: -1, N: 0, C: 1, CC: 2 }
const inconsistencyOf = (r: Consistency): number => Math.max(0, -VALUE[r])
const consistencyOf = (r: Consistency): number => Math.max(0, VALUE[r])

/**
 * Analysis of competing hypotheses over a watch's indicators. Each indicator is an item of evidence
 * weighted by its indicator weight × strength, strength = min(1, decayed hit strength /
 * `ach_saturation`). A hypothesis's inconsistency score is Σ weight × (1 for I, 2 for II); the
 * lowest score leads (Heuer: evidence refutes, it does not confirm), ties broken by the consistency
 * score Σ weight × (1 for C, 2 for CC), then by file order. Diagnosticity is the spread of an
 * indicator's ratings across hypotheses. Flips: for each indicator, the smallest change of its
 * strength (within [0, 1]) at which another hypothesis ties or overtakes the leader.
 */
export function evaluateAch(watch: Watch, indicators: readonly IndicatorResult[]): AchResult {
  const byId = new Map(indicators.map((i) => [i.id, i]))
  const rating = (h: Watch['hypotheses'][number], ind: string): Consistency =>
    h.consistency[ind] ?? 'N'
  const matrix: AchRow[] = watch.indicators.map((ind) => {
    const strength = Math.min(1, (byId.get(ind.id)?.current ?? 0) / watch.ach_saturation)
    const ratings = Object.fromEntries(watch.hypotheses.map((h) => [h.id, rating(h, ind.id)]))
    const values = watch.hypotheses.map((h) => VALUE[rating(h, ind.id)])
    return {
      indicator: ind.id,
      label: ind.label,
      strength,
      weight: ind.weight * strength,
      diagnosticity: Math.max(...values) - Math.min(...values),
      ratings,
    }
  })
  const score = (strengthOf: (row: AchRow) => number) =>
    watch.hypotheses.map((h, order) => {
      let inconsistency = 0
      let consistency = 0
      for (const row of matrix) {
        const w =
          (watch.indicators.find((i) => i.id === row.indicator)?.weight ?? 1) * strengthOf(row)
        inconsistency += w * inconsistencyOf(rating(h, row.indicator))
        consistency += w * consistencyOf(rating(h, row.indicator))
      }
      return { id: h.id, label: h.label, inconsistency, consistency, order }
    })
  const rank = (scores: ReturnType<typeof score>) =>
    [...scores].sort(
      (a, b) =>
        a.inconsistency - b.inconsistency || b.consistency - a.consistency || a.order - b.order,
    )
  const ranked = rank(score((r) => r.strength))
  const hypotheses: AchHypothesisScore[] = ranked.map(({ order: _order, ...h }, n) => ({
    ...h,
    rank: n + 1,
  }))
  const leader = hypotheses[0]?.id ?? ''
  return { hypotheses, matrix, leader, flips: flips(watch, matrix, ranked, leader) }
}

/** Smallest change of one indicator's strength at which another hypothesis ties the leader. */
function flips(
  watch: Watch,
  matrix: readonly AchRow[],
  ranked: ReadonlyArray<{ id: string; inconsistency: number }>,
  leader: string,
): AchFlip[] {
  const lead = ranked[0]
  if (!lead) return []
  const out: AchFlip[] = []
  for (const row of matrix) {
    const weight = watch.indicators.find((i) => i.id === row.indicator)?.weight ?? 1
    const slope = (id: string): number => weight * inconsistencyOf(row.ratings[id] ?? 'N')
    let best: AchFlip | null = null
    for (const other of ranked.slice(1)) {
      const gap = other.inconsistency - lead.inconsistency
      const dSlope = slope(other.id) - slope(leader)
      if (dSlope === 0) continue
      const more = dSlope < 0
      // Note: a gap of 0 means a tie the leader wins on consistency; any move in the right direction flips it.
      const delta = Math.abs(gap / dSlope)
      const next = row.strength + (more ? delta : -delta)
      if (next < -1e-9 || next > 1 + 1e-9 || (more ? row.strength >= 1 : row.strength <= 0))
        continue
      if (!best || delta < best.deltaStrength)
        best = {
          indicator: row.indicator,
          direction: more ? 'more' : 'less',
          deltaStrength: delta,
          deltaHits: delta * watch.ach_saturation,
          newLeader: other.id,
        }
    }
    if (best) out.push(best)
  }
  return out.sort(
    (a, b) => a.deltaStrength - b.deltaStrength || (a.indicator < b.indicator ? -1 : 1),
  )
}
