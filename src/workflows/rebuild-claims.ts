import { streamClaims } from '../analyze/claims/stream-claims.js'
import type { Store } from '../store/store.js'

/**
 * Recomputes every claim from the stored events (claims span documents, so they are rebuilt after
 * each ingest), streaming: the store is read one claim key at a time and each key's claims are
 * written as they are built (see `streamClaims`, `Store.replaceClaimsFrom`), so memory does not
 * grow with the corpus. Readers keep the old claims until the new ones are all written.
 */
export async function rebuildClaims(store: Store): Promise<void> {
  // Read first: documents stored while this rebuild runs leave the claims stale.
  const { latest } = await store.claimsBasis()
  const claims = streamClaims(store.claimReads())
  await store.replaceClaimsFrom(claims, latest)
}
