import type { Claim } from '../../core/model.js'
import type { StoredDoc, StoredEvent } from '../../store/store.js'
import { stanceOf } from './claim-status.js'
import { contentWords } from './content-words.js'
import { copyDetector } from './copy-detector.js'
import { ClusterIndex, type Bucketed } from './cluster-index.js'
import { sameEntity } from './same-entity.js'
import { toClaim } from './to-claim.js'
import { wordOverlap } from './word-overlap.js'

/** Options for `buildClaims`. Every field is optional; the defaults suit news corpora. */
export interface BuildClaimsOptions {
  /** Days between two mentions' dates beyond which they are different events. @default 45 */
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

/** One mention of an event in one document (copies included). */
export interface MentionItem {
  readonly event: StoredEvent
  /** Document this mention is counted in (a copy's own id for syndicated copies). */
  readonly doc: StoredDoc | undefined
  readonly docId: string
  readonly rootDoc: string
  readonly date: string | null
  /** `date` in days since the epoch, null when missing or unreadable. */
  readonly day: number | null
  /** Distinct content words of the evidence as ids (see `WordIds`), in text order. */
  readonly words: Int32Array
}

const DAY_MS = 86_400_000
const dayOf = (d: string | null | undefined): number | null => {
  const t = d ? Date.parse(d.slice(0, 10)) : NaN
  return Number.isNaN(t) ? null : t / DAY_MS
}

/**
 * Groups event mentions across documents into claims: the same event type by the same actor
 * (towards the same recipient, or an unnamed one), within a time window, from the same actor
 * entity or with similar evidence wording. Denials of the same type by the same actor join the claim
 * they deny. Each claim lists every mention with its document, publisher, status and origin;
 * copies of one report (near-duplicates, same publisher, same cited origin, copied text) count once.
 *
 * Pure: no I/O, no clock. Documents may be given as a map by id or as a list; documents marked
 * `duplicateOf` contribute their original's events as copy mentions.
 */
export function buildClaims(
  events: readonly StoredEvent[],
  docs: ReadonlyMap<string, StoredDoc> | readonly StoredDoc[],
  options: BuildClaimsOptions = {},
): Claim[] {
  const { groups, docMap } = groupMentions(events, docs, options)
  const copies = copyDetector(
    { known: (id) => docMap.has(id), text: (id) => docMap.get(id)?.text ?? '' },
    { threshold: options.copyContainment ?? 0.5 },
  )
  return groups.map((g) => toClaim(g, copies, options.minCorroborating ?? 2))
}

/** Mentions grouped into claims (before sources are told apart), with the documents by id. */
export interface MentionGroups {
  readonly groups: ReadonlyArray<readonly MentionItem[]>
  readonly docMap: ReadonlyMap<string, StoredDoc>
}

/**
 * The grouping half of `buildClaims`: mentions by claim, in claim order. Needs no document text
 * (only metadata and duplicate links), so callers can load texts for copy checks on demand.
 */
export function groupMentions(
  events: readonly StoredEvent[],
  docs: ReadonlyMap<string, StoredDoc> | readonly StoredDoc[],
  options: BuildClaimsOptions = {},
): MentionGroups {
  const docMap: ReadonlyMap<string, StoredDoc> =
    docs instanceof Map ? docs : new Map((docs as readonly StoredDoc[]).map((d) => [d.id, d]))
  const window = options.windowDays ?? 45
  const minSim = options.minSimilarity ?? 0.2
  const items = expandCopies(events, docMap)
  const idf = inverseFrequencies(items)
  const overlap = wordOverlap(idf)
  const similar = (a: MentionItem, b: MentionItem): boolean => overlap(a.words, b.words) >= minSim
  const clusters: Cluster[] = []
  // Only mentions of one type by one actor can meet, so candidates are looked up by that key, and
  // within it by date (see ClusterIndex).
  const byKey = new Map<string, ClusterIndex<Cluster, MentionItem>>()
  for (const item of items) {
    if (item.docId !== item.event.doc) continue
    const key = `${item.event.type}|${item.event.actor}`
    let index = byKey.get(key)
    if (!index) byKey.set(key, (index = new ClusterIndex(window)))
    const home = index.near(item.day).find((c) => joins(c, item, index, window, similar))
    if (home) {
      index.add(home, item, item.day, false)
      home.items.push(item)
      home.entity ??= item.event.actorEntity
      home.recipient ??= item.event.recipient
    } else {
      const created: Cluster = {
        order: clusters.length,
        buckets: new Map(),
        items: [item],
        entity: item.event.actorEntity,
        recipient: item.event.recipient,
      }
      clusters.push(created)
      index.add(created, item, item.day, true)
    }
  }
  // Copy mentions follow the cluster of the event they copy.
  const clusterOf = new Map<string, MentionItem[]>()
  for (const c of clusters) for (const m of c.items) clusterOf.set(m.event.id, c.items)
  for (const item of items)
    if (item.docId !== item.event.doc) clusterOf.get(item.event.id)?.push(item)
  return { groups: clusters.map((c) => c.items), docMap }
}

/** Events in date order, plus one copy mention per event for each near-duplicate document. */
function expandCopies(
  events: readonly StoredEvent[],
  docs: ReadonlyMap<string, StoredDoc>,
): MentionItem[] {
  const rootOf = (id: string): string => {
    const seen = new Set<string>()
    let cur = id
    for (let d = docs.get(cur); d?.duplicateOf && !seen.has(cur); d = docs.get(cur)) {
      seen.add(cur)
      cur = d.duplicateOf
    }
    return cur
  }
  const copies = new Map<string, StoredDoc[]>()
  for (const d of docs.values()) {
    if (!d.duplicateOf) continue
    const root = rootOf(d.id)
    copies.set(root, [...(copies.get(root) ?? []), d])
  }
  // Word sets as small id arrays, one per event (its copies share it): a Set of strings per
  // mention was most of the rebuild's memory.
  const ids = new Map<string, number>()
  const wordsOf = new Map<string, Int32Array>()
  const make = (event: StoredEvent, doc: StoredDoc | undefined, docId: string): MentionItem => {
    const date = event.date ?? doc?.meta.published?.slice(0, 10) ?? null
    let words = wordsOf.get(event.id)
    if (!words) {
      const list = [...contentWords(event.evidence)].map((w) => {
        let id = ids.get(w)
        if (id === undefined) ids.set(w, (id = ids.size))
        return id
      })
      wordsOf.set(event.id, (words = Int32Array.from(list)))
    }
    return { event, doc, docId, rootDoc: rootOf(docId), date, day: dayOf(date), words }
  }
  const items = events.flatMap((e) => [
    make(e, docs.get(e.doc), e.doc),
    ...(copies.get(rootOf(e.doc)) ?? []).map((copy) => make(e, copy, copy.id)),
  ])
  const key = (i: MentionItem): string =>
    `${i.date ?? '9999'}|${i.docId}|${String(i.event.sentence).padStart(6, '0')}|${i.event.id}`
  return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** Word weights log(1 + N / df) over the distinct evidence sentences of the batch, by word id. */
function inverseFrequencies(items: readonly MentionItem[]): Float64Array {
  const df: number[] = []
  const seen = new Set<string>()
  for (const i of items) {
    if (seen.has(i.event.id)) continue
    seen.add(i.event.id)
    for (const w of i.words) df[w] = (df[w] ?? 0) + 1
  }
  const n = seen.size
  const weights = new Float64Array(df.length)
  for (let w = 0; w < df.length; w++) weights[w] = Math.log(1 + n / (df[w] ?? 1))
  return weights
}

/** Mentions grouped so far, with the first actor entity and recipient any of them named. */
interface Cluster extends Bucketed<MentionItem> {
  readonly items: MentionItem[]
  entity: string | null
  recipient: string | null
}

/**
 * Whether an item joins a cluster. Never across two actor entities or recipients (so an
 * entity-less mention cannot chain two people's claims); with both entities known, one member
 * inside the time window is enough; otherwise some member must report the same event.
 */
function joins(
  c: Cluster,
  item: MentionItem,
  index: ClusterIndex<Cluster, MentionItem>,
  windowDays: number,
  similar: (a: MentionItem, b: MentionItem) => boolean,
): boolean {
  const { actorEntity, recipient } = item.event
  if (actorEntity && c.entity && !sameEntity(c.entity, actorEntity)) return false
  if (recipient && c.recipient && c.recipient !== recipient) return false
  const day = item.day
  if (actorEntity && c.entity) {
    for (const m of index.membersNear(c, day))
      if (day === null || m.day === null || Math.abs(day - m.day) <= windowDays) return true
    return false
  }
  for (const m of index.membersNear(c, day))
    if (sameClaim(m, item, windowDays, similar)) return true
  return false
}

/** Whether two mentions report the same event (see `buildClaims`). */
function sameClaim(
  a: MentionItem,
  b: MentionItem,
  windowDays: number,
  similar: (a: MentionItem, b: MentionItem) => boolean,
): boolean {
  const [x, y] = [a.event, b.event]
  if (x.type !== y.type || x.actor !== y.actor) return false
  if (x.recipient && y.recipient && x.recipient !== y.recipient) return false
  const [da, db] = [a.day, b.day]
  if (da !== null && db !== null && Math.abs(da - db) > windowDays) return false
  if (x.actorEntity && y.actorEntity) return sameEntity(x.actorEntity, y.actorEntity)
  // Note: a denial rarely repeats the words of what it denies ("called it a fake"); in the same
  // document, the same type by the same actor is enough.
  const denial = stanceOf(x.status) === 'denies' || stanceOf(y.status) === 'denies'
  if (denial && a.docId === b.docId) return true
  return similar(a, b)
}
