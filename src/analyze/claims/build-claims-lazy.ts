import type { Claim } from '../../core/model.js'
import type { StoredDoc, StoredEvent } from '../../store/store.js'
import { groupMentions, type BuildClaimsOptions } from './build-claims.js'
import { toClaim } from './to-claim.js'
import { copyDetector } from './copy-detector.js'

/** Loads the texts of the given documents (ids it does not know are left out). */
export type LoadTexts = (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>

/**
 * `buildClaims` for a whole store: the same claims, but the documents need no text (metadata and
 * duplicate links only) and texts are loaded for one claim at a time, only for claims with more
 * than one document, and only while that claim's sources are told apart. Memory is the events,
 * the document metadata, one claim's texts and a bounded cache of shingle fingerprints.
 */
export async function buildClaimsLoadingTexts(
  events: readonly StoredEvent[],
  docs: ReadonlyMap<string, StoredDoc> | readonly StoredDoc[],
  loadTexts: LoadTexts,
  options: BuildClaimsOptions & { readonly fingerprintCache?: number } = {},
): Promise<Claim[]> {
  const { groups, docMap } = groupMentions(events, docs, options)
  const texts = new Map<string, string>()
  const copies = copyDetector(
    { known: (id) => docMap.has(id), text: (id) => texts.get(id) },
    { threshold: options.copyContainment ?? 0.5, cacheSize: options.fingerprintCache ?? 16_384 },
  )
  const load = async (ids: readonly string[]): Promise<void> => {
    const got = await loadTexts(ids)
    // A stored document without text is an empty one, as in `buildClaims`.
    for (const id of ids) texts.set(id, got.get(id) ?? '')
  }
  const minCorr = options.minCorroborating ?? 2
  const claims: Claim[] = []
  for (const group of groups) {
    const roots = [...new Set(group.map((m) => m.rootDoc))]
    if (roots.length > 1) {
      const need = roots.filter((id) => docMap.has(id) && !copies.hasFingerprint(id))
      if (need.length) await load(need)
    }
    let claim = toClaim(group, copies, minCorr)
    // A copy check that needed a text not loaded (a fallback to exact shingles, or a fingerprint
    // dropped from the cache) is answered again with the text.
    while (copies.missing.size) {
      const need = [...copies.missing]
      copies.clearMissing()
      await load(need)
      claim = toClaim(group, copies, minCorr)
    }
    texts.clear()
    claims.push(claim)
  }
  return claims
}
