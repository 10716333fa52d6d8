import { shingles } from '../../stages/dedup/minhash.js'
import { containment } from './content-words.js'
import { shingleHashes } from './shingle-hashes.js'

/** A document's 5-word shingles as sorted distinct 32-bit hashes. */
export interface Fingerprint {
  readonly hashes: Int32Array
  /** Distinct shingles (strings); equals `hashes.length` unless two collided. */
  readonly size: number
  /** The hashes the candidate search samples (see `sample`), computed once per fingerprint. */
  sampled?: Int32Array
}

/** See `copyDetector`. */
export interface CopyDetector {
  readonly isCopy: (a: string, b: string) => boolean
  /**
   * The pairs of `docs` that `isCopy` calls copies, found without asking every pair: a sample of
   * the documents' shingle hashes is indexed once and only pairs sharing enough of it are checked
   * (see `copyPairs`). The same answers as `isCopy` on all pairs except, rarely, a copy right at
   * the threshold whose sample happens to fall short. Pairs are yielded as they
   * are found; a pair `connected` (asked just before) calls already linked is not checked.
   */
  readonly copiesAmong: (
    docs: readonly string[],
    connected?: (a: string, b: string) => boolean,
  ) => Iterable<readonly [string, string]>
  /**
   * Documents whose text `isCopy` needed but `textOf` had not loaded (its answers since the last
   * `clearMissing` are then not final and must be asked again once the texts are there).
   */
  readonly missing: ReadonlySet<string>
  clearMissing(): void
  /** Whether the document's fingerprint is at hand (so its text is not needed for it). */
  hasFingerprint(doc: string): boolean
}

/** Where the detector finds texts. */
export interface TextSource {
  /** Whether the document exists; unknown documents are never copies. */
  known(doc: string): boolean
  /** Its text, or undefined when not loaded (yet); '' for a known document without text. */
  text(doc: string): string | undefined
}

/** Options for `copyDetector`. */
export interface CopyDetectorOptions {
  /** Share of the smaller document's shingles found in the other that marks a copy. */
  readonly threshold: number
  /** Fingerprints kept (least recently used dropped first). @default 4096 */
  readonly cacheSize?: number
}

/**
 * `isCopy(a, b)`: whether one document's 5-word shingles are at least `threshold` contained in the
 * other's — the same answer as `containment(shingles(a), shingles(b)) >= threshold`, but fast and
 * small: each document is kept as sorted 32-bit shingle hashes (an LRU of them), and two are
 * compared by a merge. When no two shingles of either document share a hash, the hashed overlap
 * can only over-count (a collision across the two), so a hashed share below the threshold is
 * exact; anything else is decided on the shingle strings. Texts may be loaded on demand: what
 * was needed and not loaded is listed in `missing`.
 */
export function copyDetector(source: TextSource, options: CopyDetectorOptions): CopyDetector {
  const { threshold } = options
  const cap = options.cacheSize ?? 4096
  const cache = new Map<string, Fingerprint>()
  const missing = new Set<string>()
  let misses = 0
  const textOf = (id: string): string | undefined => {
    const text = source.text(id)
    if (text === undefined) {
      missing.add(id)
      misses++
    }
    return text
  }
  const print = (id: string): Fingerprint | undefined => {
    let p = cache.get(id)
    if (p) {
      cache.delete(id)
      cache.set(id, p)
      return p
    }
    const text = textOf(id)
    if (text === undefined) return undefined
    cache.set(id, (p = fingerprint(text)))
    if (cache.size > cap) cache.delete(cache.keys().next().value as string)
    return p
  }
  const seen = new Map<string, boolean>()
  const isCopy = (a: string, b: string): boolean => {
    if (!source.known(a) || !source.known(b)) return false
    const key = a < b ? `${a}|${b}` : `${b}|${a}`
    let copy = seen.get(key)
    if (copy !== undefined) return copy
    const before = misses
    copy = compare(a, b)
    if (misses === before) {
      // Bounded: a pair is cheap to compare again, but a big corpus has millions of them.
      if (seen.size >= SEEN_PAIRS) seen.clear()
      seen.set(key, copy)
    }
    return copy
  }
  function* copiesAmong(
    docs: readonly string[],
    connected?: (a: string, b: string) => boolean,
  ): Generator<readonly [string, string]> {
    const ids = [...new Set(docs)].filter((id) => source.known(id))
    const prints: Fingerprint[] = []
    for (const id of ids) {
      const p = print(id)
      if (p) prints.push(p)
    }
    if (prints.length < ids.length) return // texts not loaded yet: asked again
    // Candidates are decided as `isCopy` decides any pair (on the strings when it must).
    for (const [i, j] of copyPairs(prints, threshold)) {
      const [a, b] = [ids[i] as string, ids[j] as string]
      if (!connected?.(a, b) && isCopy(a, b)) yield [a, b]
    }
  }
  return {
    isCopy,
    copiesAmong,
    missing,
    clearMissing: () => missing.clear(),
    hasFingerprint: (doc) => cache.has(doc),
  }

  function compare(a: string, b: string): boolean {
    const [pa, pb] = [print(a), print(b)]
    if (!pa || !pb) return false // not loaded yet: asked again
    const small = Math.min(pa.size, pb.size)
    // `containment` of an empty shingle set is 0.
    if (small === 0) return 0 >= threshold
    const need = needed(small, threshold)
    // Shared hashes over-count shared shingles only by cross collisions, and under-count them by at
    // most the strings a document's own collisions hid: below `need` even with those, exact.
    const hidden = slack(pa, pb)
    if (sharedCount(pa.hashes, pb.hashes, need - hidden) + hidden < need) return false
    const [ta, tb] = [textOf(a), textOf(b)]
    if (ta === undefined || tb === undefined) return false
    return containment(shingles(ta), shingles(tb)) >= threshold
  }
}

const small = (a: Fingerprint, b: Fingerprint): number => Math.min(a.size, b.size)
/** Shingles the hashes of the pair's more collided side may hide (see `compare`). */
const slack = (a: Fingerprint, b: Fingerprint): number =>
  Math.min(a.size - a.hashes.length, b.size - b.hashes.length)

/** Pair answers kept (string keys, ~100 bytes each). */
const SEEN_PAIRS = 1 << 18

/** One shingle hash in `SAMPLE` takes part in the candidate search (`hash % SAMPLE === 0`). */
const SAMPLE = 4
/** Documents with fewer shingles are compared with every other one (a sample would be too thin). */
const SMALL_DOC = 128
/** Up to this many documents, pairs are counted by merging their samples (no index to build). */
const PAIRWISE = 16

/**
 * Fewest sampled hashes a pair sharing `need` shingles has in common, less four standard
 * deviations (each shared shingle is sampled with chance 1/SAMPLE): a true copy falls below it
 * about once in 30,000 pairs at the edge of the threshold, far less for closer copies.
 */
function sampledNeed(need: number): number {
  const mean = need / SAMPLE
  return Math.max(1, Math.floor(mean - 4 * Math.sqrt(mean * (1 - 1 / SAMPLE))))
}

/**
 * Pairs `[i, j]` (i < j) of fingerprints that may be copies: every pair with a small or undecidable
 * member (fewer than SMALL_DOC shingles, two collisions inside one, a threshold of 0), and pairs of
 * larger documents whose sampled hashes (one in SAMPLE) meet enough (`sampledNeed`, less the one
 * shingle a collision inside a document may hide). Two unrelated reports that repeat one quoted
 * sentence share a few sampled hashes, a copy dozens; so the pairs checked in full are the likely
 * copies, not every pair. Work is the sampled hashes plus one step per pair and shared sampled
 * hash (up to PAIRWISE documents, one merge of samples per pair); memory is linear in the sampled
 * hashes. Whether a pair is yielded depends on that pair alone, not on the other documents.
 */
export function* copyPairs(
  prints: readonly Fingerprint[],
  threshold: number,
): Generator<[number, number]> {
  const n = prints.length
  // A document whose own hashes collide twice or more is left to the full check: its sampled
  // count may fall short by more than the one hidden shingle `qualifies` allows for.
  const open = prints.map(
    (p) => p.size - p.hashes.length > 1 || p.size < SMALL_DOC || !(threshold > 0),
  )
  const openIds = open.flatMap((o, i) => (o ? [i] : []))
  const sampled = prints.map((p, i) =>
    open[i] ? new Int32Array(0) : (p.sampled ??= sample(p.hashes)),
  )
  const minShared = (i: number, j: number): number => {
    const [p, q] = [prints[i] as Fingerprint, prints[j] as Fingerprint]
    return sampledNeed(needed(small(p, q), threshold)) - slack(p, q)
  }
  if (n <= PAIRWISE) {
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        if (open[i] || open[j]) yield [i, j]
        else {
          const min = minShared(i, j)
          const shared = sharedCount(sampled[i] as Int32Array, sampled[j] as Int32Array, min)
          if (shared >= min) yield [i, j]
        }
      }
    return
  }
  let total = 0
  for (const h of sampled) total += h.length
  const hashes = new Int32Array(total)
  const owners = new Int32Array(total)
  const order = new Uint32Array(total)
  let k = 0
  sampled.forEach((list, d) => {
    for (const h of list) {
      hashes[k] = h
      owners[k] = d
      order[k] = k
      k++
    }
  })
  sortPostings(hashes, order)
  const rank = new Uint32Array(total)
  for (let x = 0; x < total; x++) rank[order[x] as number] = x
  // In sorted order: each posting's document, and where its hash's run of postings ends, so the
  // counting below walks plain arrays (most of a large claim's time is this walk).
  const ownerAt = new Int32Array(total)
  const runEnd = new Uint32Array(total)
  for (let y = total - 1; y >= 0; y--) {
    const at = order[y] as number
    ownerAt[y] = owners[at] as number
    const next = y + 1 < total ? (order[y + 1] as number) : -1
    runEnd[y] = next >= 0 && hashes[next] === hashes[at] ? (runEnd[y + 1] as number) : y + 1
  }
  const counts = new Int32Array(n)
  const touched = new Int32Array(n)
  k = 0
  for (let i = 0; i < n; i++) {
    if (open[i]) {
      for (let j = i + 1; j < n; j++) yield [i, j]
      continue
    }
    for (const j of openIds) if (j > i) yield [i, j]
    let t = 0
    for (let e = 0; e < (sampled[i] as Int32Array).length; e++, k++) {
      const from = (rank[k] as number) + 1
      const end = runEnd[from - 1] as number
      for (let y = from; y < end; y++) {
        const j = ownerAt[y] as number
        const c = counts[j] as number
        if (c === 0) touched[t++] = j
        counts[j] = c + 1
      }
    }
    const found: number[] = []
    for (let x = 0; x < t; x++) {
      const j = touched[x] as number
      if ((counts[j] as number) >= minShared(i, j)) found.push(j)
      counts[j] = 0
    }
    yield* found.map((j): [number, number] => [i, j])
  }
}

/** The hashes of a sorted list that the candidate search samples, still sorted. */
function sample(hashes: Int32Array): Int32Array {
  let n = 0
  for (const h of hashes) if (h % SAMPLE === 0) n++
  const out = new Int32Array(n)
  n = 0
  for (const h of hashes) if (h % SAMPLE === 0) out[n++] = h
  return out
}

/** Positions that fit beside a 32-bit hash in a double's 53-bit mantissa. */
const POSITION_BITS = 21

/**
 * Sorts `order` (positions into `hashes`) by (hash, position), so within one hash the documents
 * come in ascending order. Packed into one number per posting, the sort is native and numeric
 * (a comparator sort was a third of the copy check's time).
 */
function sortPostings(hashes: Int32Array, order: Uint32Array): void {
  const total = hashes.length
  if (total >= 2 ** POSITION_BITS) {
    order.sort((x, y) => (hashes[x] as number) - (hashes[y] as number) || x - y)
    return
  }
  const keys = new Float64Array(total)
  for (let k = 0; k < total; k++)
    keys[k] = ((hashes[k] as number) + 2 ** 31) * 2 ** POSITION_BITS + k
  keys.sort()
  for (let x = 0; x < total; x++) order[x] = (keys[x] as number) % 2 ** POSITION_BITS
}

/** Fewest shared shingles `m` with `m / small >= threshold` (as `containment` divides). */
function needed(small: number, threshold: number): number {
  if (!(threshold <= 1)) return small + 1
  let m = Math.max(0, Math.ceil(threshold * small))
  while (m > 0 && (m - 1) / small >= threshold) m--
  while (m / small < threshold) m++
  return m
}

function fingerprint(text: string): Fingerprint {
  return shingleHashes(text)
}

/**
 * Values two sorted distinct arrays have in common, or some count below `need` as soon as the
 * rest of the shorter side could no longer reach it.
 */
function sharedCount(a: Int32Array, b: Int32Array, need: number): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    if (n + Math.min(a.length - i, b.length - j) < need) return n
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}
