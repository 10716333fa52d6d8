import { createHash } from 'node:crypto'

/** Options for near-duplicate detection. */
export interface MinHashOptions {
  /** Words per shingle. @default 5 */
  readonly shingleWords?: number
  /** LSH bands × rows = number of hash functions. @default 16 × 4 */
  readonly bands?: number
  readonly rows?: number
}

const MASK = 0xffffffff
// Fixed seeds so that band keys are stable across runs and machines (they are stored).
const SEEDS = Array.from(
  { length: 256 },
  (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0,
)

const SEED_TABLE = Int32Array.from(SEEDS)

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h & MASK
}

/** Set of word shingles of a text. */
export function shingles(text: string, size = 5): Set<string> {
  const w = words(text)
  const out = new Set<string>()
  if (w.length < size) {
    if (w.length) out.add(w.join(' '))
    return out
  }
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '))
  return out
}

/** FNV-1a of the words `w[from..from+size)` joined by single spaces, without building the string. */
function fnvShingle(w: readonly string[], from: number, size: number): number {
  let h = 0x811c9dc5 | 0
  for (let j = from; j < from + size; j++) {
    if (j > from) h = Math.imul(h ^ 0x20, 0x01000193)
    const word = w[j] ?? ''
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193)
  }
  return h
}

/**
 * MinHash signature of a text (one minimum per hash function). Equal to hashing every distinct
 * shingle of `shingles()`; a repeated shingle cannot lower a minimum, so shingles are hashed in
 * place instead of being joined into strings and collected in a set first.
 */
export function minhashSignature(text: string, options: MinHashOptions = {}): number[] {
  const n = (options.bands ?? 16) * (options.rows ?? 4)
  const size = options.shingleWords ?? 5
  // Minima are kept with the top bit flipped so that signed int32 comparison gives unsigned order
  // and the loop stays in small-integer arithmetic.
  const low = new Int32Array(n).fill(0x7fffffff)
  const w = words(text)
  const count = w.length < size ? Math.min(w.length, 1) : w.length - size + 1
  const whole = w.length < size
  for (let s = 0; s < count; s++) {
    const base = whole ? fnv1a(w.join(' '), 0) : fnvShingle(w, s, size)
    for (let i = 0; i < n; i++) {
      const h = base ^ (SEED_TABLE[i] ?? 0)
      const flipped = Math.imul(h ^ (h >>> 16), 0x45d9f3b) ^ 0x80000000
      if (flipped < (low[i] ?? 0)) low[i] = flipped
    }
  }
  return Array.from(low, (v) => (v ^ 0x80000000) >>> 0)
}

/** LSH band keys: documents sharing a key are candidate near-duplicates. */
export function bandKeys(signature: readonly number[], options: MinHashOptions = {}): string[] {
  const bands = options.bands ?? 16
  const rows = options.rows ?? 4
  const keys: string[] = []
  for (let b = 0; b < bands; b++) {
    const slice = signature.slice(b * rows, (b + 1) * rows).join('.')
    keys.push(`${b}:${createHash('sha1').update(slice).digest('hex').slice(0, 12)}`)
  }
  return keys
}

/** Jaccard similarity of two texts' shingle sets (the exact check after an LSH hit). */
export function jaccard(a: string, b: string, size = 5): number {
  const x = shingles(a, size)
  const y = shingles(b, size)
  if (!x.size || !y.size) return 0
  let inter = 0
  for (const s of x) if (y.has(s)) inter++
  return inter / (x.size + y.size - inter)
}
