import type { StreamClaimsOptions } from '../analyze/claims/stream-claims.js'
import type { WordStatsData } from '../analyze/claims/word-stats.js'
import type { Claim } from '../core/model.js'
import type { ClaimDoc, ClaimKey } from '../store/claim-reads.js'

/** What a claims thread needs once per rebuild: the store file, word statistics and copies. */
export interface ClaimsSetup {
  /** Tells one rebuild's setup from another's (a pool may serve several). */
  readonly id: number
  /** Absolute path of the SQLite file (`Store.location`). */
  readonly location: string
  readonly words: WordStatsData
  readonly copies: readonly ClaimDoc[]
  readonly options: StreamClaimsOptions
}

/** "Claims of key K", with the setup attached when the thread asked for it. */
export interface ClaimsTask {
  readonly rebuild: number
  readonly key: ClaimKey
  readonly setup?: ClaimsSetup
}

/** A thread's answer: the key's claims, a request for the setup, or the error it met. */
export type ClaimsTaskResult =
  { readonly claims: Claim[] } | { readonly needSetup: true } | { readonly error: string }
