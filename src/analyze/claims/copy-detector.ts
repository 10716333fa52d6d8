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
 * exact; anything else is decided on the shingle strings of `textOf`. Unknown documents (no
 * text) are never copies.
 */
export function copyDetector(
  textOf: (doc: string) => string | undefined,
  options: CopyDetectorOptions,
): CopyDetector {
  const { threshold } = options
  const cap = options.cacheSize ?? 4096
  const cache = new Map<string, Fingerprint | null>()
  const print = (id: string): Fingerprint | null => {
    let p = cache.get(id)
    if (p !== undefined) {
      cache.delete(id)
      cache.set(id, p)
      return p
    }
    const text = textOf(id)
    p = text === undefined ? null : fingerprint(text)
    cache.set(id, p)
    if (cache.size > cap) cache.delete(cache.keys().next().value as string)
    return p
  }
  const seen = new Map<string, boolean>()
  const isCopy = (a: string, b: string): boolean => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`
    let copy = seen.get(key)
    if (copy === undefined) seen.set(key, (copy = compare(a, b)))
    return copy
  }
  return { isCopy }

  function compare(a: string, b: string): boolean {
    const [pa, pb] = [print(a), print(b)]
    if (!pa || !pb) return false
    const small = Math.min(pa.size, pb.size)
    const exactHashes = pa.size === pa.hashes.length && pb.size === pb.hashes.length
    const need = needed(small, threshold)
    if (small > 0 && exactHashes && sharedCount(pa.hashes, pb.hashes, need) < need) return false
    return containment(shingles(textOf(a) ?? ''), shingles(textOf(b) ?? '')) >= threshold
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
