import * as crypto from 'node:crypto'

/** Options for near-duplicate detection. */
export interface MinHashOptions {
  /** Words per shingle. @default 5 */
  readonly shingleWords?: number
  /** LSH bands × rows = number of hash functions. @default 16 × 4 */
  readonly bands?: number
  readonly rows?: number
}

// Fixed seeds so that band keys are stable across runs and machines (they are stored).
const SEEDS = Array.from(
  { length: 256 },
  (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0,
)

const SEED_TABLE = Int32Array.from(SEEDS)

// Hex SHA-1 of a short string. The one-shot `crypto.hash` (Node 20.12+) is several times cheaper
// than a Hash object per call, which cost more than the whole signature (issue #8).
const sha1Hex: (s: string) => string =
  typeof crypto.hash === 'function'
    ? (s) => crypto.hash('sha1', s, 'hex')
    : (s) => crypto.createHash('sha1').update(s).digest('hex')

/**
 * Set of word shingles of a text: every run of `size` consecutive words of
 * `text.toLowerCase().match(/[\p{L}\p{N}]+/gu)` joined by single spaces (all the words when there
 * are fewer). A shingle whose words are already one space apart in the text is sliced out of it
 * instead of joined (most of them: issue #8, this runs for every near-duplicate candidate).
 */
export function shingles(text: string, size = 5): Set<string> {
  const lower = text.toLowerCase()
  const bounds = wordBounds(lower)
  const n = bounds.length >> 1
  const out = new Set<string>()
  if (n < size) {
    if (n) out.add(joinWords(lower, bounds, 0, n))
    return out
  }
  // Words `j` and `j + 1` are one space apart; `run` counts such gaps in a row ending at word j.
  let run = 0
  for (let j = 0; j < n; j++) {
    if (j >= size - 1) {
      const from = j - size + 1
      out.add(
        run >= size - 1
          ? lower.slice(bounds[2 * from], bounds[2 * j + 1])
          : joinWords(lower, bounds, from, j + 1),
      )
    }
    const end = bounds[2 * j + 1] as number
    run = j + 1 < n && bounds[2 * j + 2] === end + 1 && lower.charCodeAt(end) === 32 ? run + 1 : 0
  }
  return out
}

/** Words `from..to` of `text` (offset pairs in `bounds`) joined by single spaces. */
function joinWords(text: string, bounds: Int32Array, from: number, to: number): string {
  let out = ''
  for (let j = from; j < to; j++)
    out += (j > from ? ' ' : '') + text.slice(bounds[2 * j], bounds[2 * j + 1])
  return out
}

// Word characters of `words()` ([\p{L}\p{N}]) by UTF-16 unit, filled in on first sight so
// that the signature scans the text without a Unicode RegExp or one string per word.
const WORD_CHAR = /^[\p{L}\p{N}]$/u
const UNIT_CLASS = new Int8Array(0x10000) // 0 not yet seen, 1 word character, 2 other

const isLowSurrogate = (d: number): boolean => d >= 0xdc00 && d <= 0xdfff

function isWordUnit(c: number): boolean {
  let k = UNIT_CLASS[c] as number
  if (k === 0) UNIT_CLASS[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
  return k === 1
}

/**
 * Start and end offsets (pairs) of the words of `text`, exactly the matches of
 * `/[\p{L}\p{N}]+/gu`: a surrogate pair counts as one code point.
 */
function wordBounds(text: string): Int32Array {
  let out: Int32Array = new Int32Array(256)
  let n = 0
  let start = -1
  const len = text.length
  let i = 0
  while (i < len) {
    const c = text.charCodeAt(i)
    let width = 1
    let word: boolean
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      width = 2
      word = WORD_CHAR.test(text.slice(i, i + 2))
    } else word = isWordUnit(c)
    if (word) {
      if (start < 0) start = i
    } else if (start >= 0) {
      if (n + 2 > out.length) out = grow(out)
      out[n++] = start
      out[n++] = i
      start = -1
    }
    i += width
  }
  if (start >= 0) {
    if (n + 2 > out.length) out = grow(out)
    out[n++] = start
    out[n++] = len
  }
  return out.subarray(0, n)
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

/**
 * The words of `text` (as `wordBounds` finds them) joined by single spaces, as UTF-16 units, with
 * where each word starts and ends in that joined form, in one scan. A shingle is then one
 * contiguous range of `units`, so its hash is one tight loop instead of a loop per word (issue #8).
 */
function joinedWords(text: string): { units: Uint16Array; starts: Int32Array; ends: Int32Array } {
  const len = text.length
  // Joined words are never longer than the text: one space replaces each gap of one or more.
  const units = new Uint16Array(len)
  // Words are at least one unit apart, so there are at most ceil(len / 2) of them.
  const starts = new Int32Array((len + 1) >> 1)
  const ends = new Int32Array((len + 1) >> 1)
  let n = 0
  let words = 0
  let inWord = false
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i)
    let pair = false
    let word: boolean
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      pair = true
      word = WORD_CHAR.test(text.slice(i, i + 2))
    } else word = isWordUnit(c)
    if (word) {
      if (!inWord) {
        if (words) units[n++] = 32
        starts[words] = n
        inWord = true
      }
      units[n++] = c
      if (pair) units[n++] = text.charCodeAt(++i)
    } else {
      if (inWord) ends[words++] = n
      inWord = false
      if (pair) i++
    }
  }
  if (inWord) ends[words++] = n
  return { units, starts: starts.subarray(0, words), ends: ends.subarray(0, words) }
}

/** FNV-1a of `units[from..to)`. */
function fnv(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5 | 0
  for (let i = from; i < to; i++) h = Math.imul(h ^ (units[i] as number), 0x01000193)
  return h
}

/**
 * MinHash signature of a text (one minimum per hash function). Equal to hashing every distinct
 * shingle of `shingles()` (FNV-1a of the shingle string); a repeated shingle cannot lower a
 * minimum, so shingles are hashed in place instead of being collected in a set first.
 */
export function minhashSignature(text: string, options: MinHashOptions = {}): number[] {
  const n = (options.bands ?? 16) * (options.rows ?? 4)
  const size = options.shingleWords ?? 5
  const { units, ends, starts } = joinedWords(text.toLowerCase())
  const words = ends.length
  const whole = words < size
  const count = whole ? Math.min(words, 1) : words - size + 1
  const bases = new Int32Array(count)
  for (let s = 0; s < count; s++) {
    // The whole text when it has fewer words than a shingle.
    const b = whole
      ? fnv(units, 0, ends[words - 1] as number)
      : fnv(units, starts[s] as number, ends[s + size - 1] as number)
    // The shift-xor half of `mix`, done once per shingle instead of once per hash function.
    bases[s] = b ^ (b >>> 16)
  }
  return Array.from(minima(bases, n), (v) => (v ^ 0x80000000) >>> 0)
}

// One hash function, imul((base ^ seed) ^ ((base ^ seed) >>> 16)), with the top bit flipped (see
// `minima`). Shifts and xors distribute: (b ^ s) ^ ((b ^ s) >>> 16) = (b ^ b >>> 16) ^ (s ^ s >>> 16),
// so both halves are premixed (`bases` above, `MIXED_SEEDS`) and each call is one xor and one multiply.
const mix = (mixedBase: number, mixedSeed: number): number =>
  Math.imul(mixedBase ^ mixedSeed, 0x45d9f3b) ^ 0x80000000

const MIXED_SEEDS = SEED_TABLE.map((s) => s ^ (s >>> 16))

/**
 * Minimum of each of the first `n` hash functions over premixed `bases`. Minima are kept with the
 * top bit flipped so that signed int32 comparison gives unsigned order and the loop stays in
 * small-integer arithmetic. Four hash functions share each pass over the shingles (four running
 * minima in registers, a quarter of the loads): this loop is most of the signature's cost.
 */
function minima(bases: Int32Array, n: number): Int32Array {
  const low = new Int32Array(n)
  const count = bases.length
  let i = 0
  for (; i + 4 <= n; i += 4) {
    const s0 = (MIXED_SEEDS[i] as number) | 0
    const s1 = (MIXED_SEEDS[i + 1] as number) | 0
    const s2 = (MIXED_SEEDS[i + 2] as number) | 0
    const s3 = (MIXED_SEEDS[i + 3] as number) | 0
    let m0 = 0x7fffffff
    let m1 = 0x7fffffff
    let m2 = 0x7fffffff
    let m3 = 0x7fffffff
    for (let s = 0; s < count; s++) {
      const b = (bases[s] as number) | 0
      const f0 = mix(b, s0)
      const f1 = mix(b, s1)
      const f2 = mix(b, s2)
      const f3 = mix(b, s3)
      if (f0 < m0) m0 = f0
      if (f1 < m1) m1 = f1
      if (f2 < m2) m2 = f2
      if (f3 < m3) m3 = f3
    }
    low[i] = m0
    low[i + 1] = m1
    low[i + 2] = m2
    low[i + 3] = m3
  }
  for (; i < n; i++) {
    const seed = (MIXED_SEEDS[i] as number) | 0
    let min = 0x7fffffff
    for (let s = 0; s < count; s++) {
      const f = mix(bases[s] as number, seed)
      if (f < min) min = f
    }
    low[i] = min
  }
  return low
}

/** LSH band keys: documents sharing a key are candidate near-duplicates. */
export function bandKeys(signature: readonly number[], options: MinHashOptions = {}): string[] {
  const bands = options.bands ?? 16
  const rows = options.rows ?? 4
  const keys: string[] = []
  for (let b = 0; b < bands; b++) {
    const slice = signature.slice(b * rows, (b + 1) * rows).join('.')
    keys.push(`${b}:${sha1Hex(slice).slice(0, 12)}`)
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
