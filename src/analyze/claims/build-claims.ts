import type { Claim } from '../../core/model.js'
import type { ClaimDoc, ClaimEvent } from '../../store/claim-reads.js'
import type { StoredDoc, StoredEvent } from '../../store/store.js'
import { clusterMentions } from './cluster-mentions.js'
import { CopyLinks } from './copy-links.js'
import { copyDetector, type CopyDetector } from './copy-detector.js'
import { mentionItems, type MentionItem } from './mention-items.js'
import { toClaim } from './to-claim.js'
import { wordOverlap } from './word-overlap.js'
import { WordStats } from './word-stats.js'

export type { MentionItem } from './mention-items.js'

/** Options for `buildClaims`. Every field is optional; the defaults suit news corpora. */
export interface BuildClaimsOptions {
  /**
   * Days between two mentions' dates beyond which they are different events: the dated mentions
   * of one claim span at most this many days (undated mentions join by entity or wording alone).
   * @default 45
   */
  readonly windowDays?: number
  /**
   * Similarity of evidence content words (Jaccard, each word weighted by its inverse document
   * frequency among the evidence sentences, so a shared rare name counts more than a shared common
   * verb) needed to join mentions when their actor entities are not both known. @default 0.2
   */
  readonly minSimilarity?: number
  /** Share of one document's 5-word shingles found in another that marks it a copy. @default 0.5 */
  readonly copyContainment?: number
  /** Independent asserting origins needed for `corroborated`. @default 2 */
  readonly minCorroborating?: number
}

/**
 * Groups event mentions across documents into claims: the same event type by the same actor
 * (towards the same recipient, or an unnamed one), within a time window, from the same actor
 * entity or with similar evidence wording. Denials of the same type by the same actor join the claim
 * they deny. Each claim lists every mention with its document, publisher, status and origin;
 * copies of one report (near-duplicates, same publisher, same cited origin, copied text) count once.
 *
 * Pure: no I/O, no clock. Documents may be given as a map by id or as a list; documents marked
 * `duplicateOf` contribute their original's events as copy mentions. Claims come in the order
 * of their first mention (date, document, sentence). `streamClaims` builds the same claims from a
 * store without holding the corpus.
 */
export function buildClaims(
  events: readonly StoredEvent[],
  docs: ReadonlyMap<string, StoredDoc> | readonly StoredDoc[],
  options: BuildClaimsOptions = {},
): Claim[] {
  const docMap: ReadonlyMap<string, StoredDoc> =
    docs instanceof Map ? docs : new Map((docs as readonly StoredDoc[]).map((d) => [d.id, d]))
  const claimDocs = new Map([...docMap.values()].map((d) => [d.id, claimDocOf(d)]))
  const words = new WordStats()
  for (const e of events) words.add(e.evidence)
  const keyed = new Map<string, ClaimEvent[]>()
  for (const event of events) {
    const key = `${event.type}|${event.actor}`
    const list = keyed.get(key) ?? []
    if (!list.length) keyed.set(key, list)
    list.push({ event, doc: claimDocs.get(event.doc) ?? null })
  }
  const grouping = claimGrouping(new CopyLinks(claimDocs.values()), words, options)
  const copies = copyDetector(
    { known: (id) => docMap.has(id), text: (id) => docMap.get(id)?.text ?? '' },
    { threshold: options.copyContainment ?? 0.5 },
  )
  const out: Array<{ order: string; claim: Claim }> = []
  for (const list of keyed.values())
    for (const group of grouping.groups(list))
      out.push({ order: (group[0] as MentionItem).order, claim: grouping.claim(group, copies) })
  return out.sort((a, b) => (a.order < b.order ? -1 : 1)).map((c) => c.claim)
}

/** The fields of a stored document that claims read. */
export function claimDocOf(d: StoredDoc): ClaimDoc {
  const { published, publisher, origin } = d.meta
  return { id: d.id, uri: d.source.uri, published, publisher, origin, duplicateOf: d.duplicateOf }
}

/** Grouping one claim key's events into claims, with corpus-wide word weights and copy links. */
export interface ClaimGrouping {
  /** The mentions of one key's events grouped into claims, in order of creation. */
  groups(events: readonly ClaimEvent[]): MentionItem[][]
  /** The claim of one group, its sources told apart with `copies`. */
  claim(group: readonly MentionItem[], copies: CopyDetector): Claim
}

/** See `ClaimGrouping`; `words` must have counted every event's evidence first. */
export function claimGrouping(
  links: CopyLinks,
  words: WordStats,
  options: BuildClaimsOptions,
): ClaimGrouping {
  let weights = words.weights()
  let overlap = wordOverlap(weights)
  const minCorr = options.minCorroborating ?? 2
  return {
    groups: (events) => {
      const items = mentionItems(events, links, words)
      // Words first seen now (stored after the counting pass) widen the weights.
      if (words.size > weights.length) overlap = wordOverlap((weights = words.weights()))
      return clusterMentions(items, {
        windowDays: options.windowDays ?? 45,
        minSimilarity: options.minSimilarity ?? 0.2,
        overlap,
      })
    },
    claim: (group, copies) => toClaim(group, copies, minCorr),
  }
}
