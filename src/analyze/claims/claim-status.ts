import type { ClaimStatus, EventStatus } from '../../core/model.js'

/** How one source stands towards a claim, derived from how its text presents the event. */
export type Stance = 'asserts' | 'alleges' | 'speculates' | 'denies'

/** Stance of a mention with the given event status (denied and negated both deny). */
export function stanceOf(status: EventStatus): Stance {
  switch (status) {
    case 'asserted':
      return 'asserts'
    case 'alleged':
      return 'alleges'
    case 'hypothetical':
      return 'speculates'
    case 'denied':
    case 'negated':
      return 'denies'
    default: {
      const never: never = status
      throw new Error(`unknown event status ${String(never)}`)
    }
  }
}

/** One independent origin's mentions, reduced to the stances it takes. */
export interface OriginStances {
  readonly origin: string
  readonly stances: ReadonlySet<Stance>
}

/**
 * Status of a claim from the stances of its independent origins:
 * - `disputed`: someone denies it and someone asserts or alleges it;
 * - `denied`: only denials;
 * - `corroborated`: at least `minCorroborating` independent origins assert it (default 2);
 * - `single-source`: exactly one independent origin asserts it;
 * - `unverified`: nobody asserts it; it is only alleged or speculated.
 */
export function claimStatus(origins: readonly OriginStances[], minCorroborating = 2): ClaimStatus {
  const has = (s: Stance): boolean => origins.some((o) => o.stances.has(s))
  const asserting = origins.filter((o) => o.stances.has('asserts')).length
  if (has('denies')) return has('asserts') || has('alleges') ? 'disputed' : 'denied'
  if (asserting >= minCorroborating) return 'corroborated'
  if (asserting === 1) return 'single-source'
  return 'unverified'
}
