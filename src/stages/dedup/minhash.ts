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

/** MinHash signature of a text (one minimum per hash function). */
export function minhashSignature(text: string, options: MinHashOptions = {}): number[] {
  const n = (options.bands ?? 16) * (options.rows ?? 4)
  const sig = new Array<number>(n).fill(MASK)
  for (const sh of shingles(text, options.shingleWords ?? 5)) {
    const base = fnv1a(sh, 0)
    for (let i = 0; i < n; i++) {
      const h = (base ^ (SEEDS[i] ?? 0)) >>> 0
      const mixed = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0
      if (mixed < (sig[i] ?? MASK)) sig[i] = mixed
    }
  }
  return sig
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
