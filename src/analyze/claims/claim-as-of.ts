import type { Claim } from '../../core/model.js'
import { claimStatus, stanceOf, type Stance } from './claim-status.js'

/**
 * A claim as it stood on `date`: only mentions dated up to that day (undated ones always count),
 * with status, independent sources and last-seen recomputed. Returns null when no mention is left.
 * This is how a claim moves from single-source to corroborated to disputed over time.
 */
export function claimAsOf(claim: Claim, date: string, minCorroborating = 2): Claim | null {
  const day = date.slice(0, 10)
  const mentions = claim.mentions.filter((m) => !m.date || m.date.slice(0, 10) <= day)
  if (mentions.length === claim.mentions.length) return claim
  if (!mentions.length) return null
  const stances = new Map<string, Set<Stance>>()
  for (const m of mentions)
    stances.set(m.origin, (stances.get(m.origin) ?? new Set()).add(stanceOf(m.status)))
  const dates = mentions
    .map((m) => m.date)
    .filter((d): d is string => !!d)
    .sort()
  return {
    ...claim,
    mentions,
    status: claimStatus(
      [...stances].map(([origin, s]) => ({ origin, stances: s })),
      minCorroborating,
    ),
    independentSources: stances.size,
    firstSeen: dates[0] ?? null,
    lastSeen: dates.at(-1) ?? null,
  }
}
