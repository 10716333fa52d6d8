import type { Claim } from '../../core/model.js'
import type { ClaimReads } from '../../store/claim-reads.js'
import { claimGrouping, type BuildClaimsOptions } from './build-claims.js'
import { CopyLinks } from './copy-links.js'
import { copyDetector } from './copy-detector.js'
import { WordStats } from './word-stats.js'

/** Options for `streamClaims`. */
export interface StreamClaimsOptions extends BuildClaimsOptions {
  /**
   * Documents whose shingle fingerprints are kept between claims (about 3 KB each), so that a
   * document's text is read and hashed once, not once per claim. @default 32768
   */
  readonly fingerprintCache?: number
}

/**
 * `buildClaims` over a store, yielding the claims one claim key (event type and actor) at a time,
 * so that neither the corpus nor its claims are ever all in memory: a first pass counts the
 * evidence words (the similarity weights are corpus-wide), then each key's events are read, grouped
 * and told apart, and their claims yielded. Texts are loaded per claim, only for claims with more
 * than one source document whose fingerprints are not cached. The same claims as `buildClaims` on
 * the whole corpus, in another order (key by key).
 */
export async function* streamClaims(
  reads: ClaimReads,
  options: StreamClaimsOptions = {},
): AsyncGenerator<Claim[]> {
  const words = new WordStats()
  for await (const page of reads.evidence()) for (const e of page) words.add(e)
  const copyDocs = await reads.copies()
  const grouping = claimGrouping(new CopyLinks(copyDocs), words, options)
  // Stored documents of the key at hand: its events' documents, the copies, and roots found by
  // loading their text. Unknown documents are never copies (as in `buildClaims`).
  let known = new Set<string>()
  const texts = new Map<string, string>()
  const copies = copyDetector(
    { known: (id) => known.has(id), text: (id) => texts.get(id) },
    { threshold: options.copyContainment ?? 0.5, cacheSize: options.fingerprintCache ?? 32_768 },
  )
  const load = async (ids: readonly string[]): Promise<void> => {
    const got = await reads.texts(ids)
    for (const id of ids) {
      const text = got.get(id)
      if (text !== undefined) known.add(id)
      // A stored document without text is an empty one, as in `buildClaims`.
      if (known.has(id)) texts.set(id, text ?? '')
    }
  }
  for (const key of await reads.keys()) {
    const events = await reads.events(key)
    known = new Set(copyDocs.map((d) => d.id))
    for (const e of events) if (e.doc) known.add(e.doc.id)
    const claims: Claim[] = []
    for (const group of grouping.groups(events)) {
      const roots = [...new Set(group.map((m) => m.rootDoc))]
      if (roots.length > 1) {
        const need = roots.filter((id) => !known.has(id) || !copies.hasFingerprint(id))
        if (need.length) await load(need)
      }
      let claim = grouping.claim(group, copies)
      // A copy check that needed a text not loaded (a fallback to exact shingles, or a fingerprint
      // dropped from the cache) is answered again with the text.
      while (copies.missing.size) {
        const need = [...copies.missing]
        copies.clearMissing()
        await load(need)
        claim = grouping.claim(group, copies)
      }
      texts.clear()
      claims.push(claim)
    }
    yield claims
  }
}
