import type { Claim } from '../../core/model.js'
import { stanceOf } from '../claims/claim-status.js'
import type { Watch } from '../watch/watch-schema.js'

/** How much one claim weighs as evidence, and why. */
export interface ClaimWeight {
  /** Largest status weight among supporting mentions (× disputed factor when disputed). */
  readonly statusWeight: number
  /** Independent origins that assert, allege or speculate it (denials excluded). */
  readonly supportingSources: number
  /** 1 + log2(supportingSources), or 1 when there are none. */
  readonly sourcesFactor: number
  /** statusWeight × sourcesFactor. */
  readonly strength: number
}

/**
 * Weight of a claim under a watch's status weights: the strongest way any source presents it
 * (asserted 1, alleged 0.5, hypothetical 0.25 by default), reduced by `disputed_factor` when it is
 * disputed, times 1 + log2(n) for n independent supporting origins. A claim only denied weighs the
 * denied weight (0 by default).
 */
export function claimWeight(claim: Claim, watch: Watch): ClaimWeight {
  const w = watch.status_weights
  const supporting = claim.mentions.filter((m) => stanceOf(m.status) !== 'denies')
  const pool = supporting.length ? supporting : claim.mentions
  let statusWeight = pool.reduce((best, m) => Math.max(best, w[m.status]), 0)
  if (claim.status === 'disputed') statusWeight *= watch.disputed_factor
  const supportingSources = new Set(supporting.map((m) => m.origin)).size
  const sourcesFactor = 1 + Math.log2(Math.max(1, supportingSources))
  return { statusWeight, supportingSources, sourcesFactor, strength: statusWeight * sourcesFactor }
}
