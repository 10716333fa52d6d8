import { shingles } from '../../stages/dedup/minhash.js'
import { containment } from './content-words.js'

/** A document's 5-word shingles as sorted distinct 32-bit hashes. */
interface Fingerprint {
  readonly hashes: Int32Array
  /** Distinct shingles (strings); equals `hashes.length` unless two collided. */
  readonly size: number
}

/** See `copyDetector`. */
export interface CopyDetector {
  readonly isCopy: (a: string, b: string) => boolean
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
      if (seen.size >= cap * 64) seen.clear()
      seen.set(key, copy)
    }
    return copy
  }
  return {
    isCopy,
    missing,
    clearMissing: () => missing.clear(),
    hasFingerprint: (doc) => cache.has(doc),
  }

  function compare(a: string, b: string): boolean {
    const [pa, pb] = [print(a), print(b)]
    if (!pa || !pb) return false // not loaded yet: asked again
    const small = Math.min(pa.size, pb.size)
    const exactHashes = pa.size === pa.hashes.length && pb.size === pb.hashes.length
    const need = needed(small, threshold)
    if (small > 0 && exactHashes && sharedCount(pa.hashes, pb.hashes, need) < need) return false
    const [ta, tb] = [textOf(a), textOf(b)]
    if (ta === undefined || tb === undefined) return false
    return containment(shingles(ta), shingles(tb)) >= threshold
  }
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
  const set = shingles(text)
  const hashes = new Int32Array(set.size)
  let i = 0
  for (const s of set) hashes[i++] = fnv1a(s)
  hashes.sort()
  let n = 0
  for (let j = 0; j < hashes.length; j++)
    if (j === 0 || hashes[j] !== hashes[n - 1]) hashes[n++] = hashes[j] as number
  return { hashes: n === hashes.length ? hashes : hashes.slice(0, n), size: set.size }
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

function fnv1a(s: string): number {
  let h = 0x811c9dc5 | 0
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h
}
