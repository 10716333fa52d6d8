/**
 * A document's 5-word shingles (as `shingles` in stages/dedup/minhash.ts makes them: lower-cased
 * letter/digit runs joined by one space) as sorted distinct 32-bit FNV-1a hashes, and how many
 * distinct shingle strings there are. Hashed straight from the text's UTF-16 units, without
 * building a string per word or shingle (those were most of a claims rebuild's copy check); the
 * strings are built only for shingles whose hash occurs twice, to tell a repeated shingle from a
 * collision.
 */
export function shingleHashes(text: string, size = 5): { hashes: Int32Array; size: number } {
  const { units, starts, words } = wordUnits(text.toLowerCase())
  if (words < size) {
    if (!words) return { hashes: new Int32Array(0), size: 0 }
    return { hashes: Int32Array.of(hashUnits(units, 0, (starts[words] as number) - 1)), size: 1 }
  }
  const count = words - size + 1
  const byPosition = new Int32Array(count)
  // Up to the space after the shingle's last word, not including it.
  for (let i = 0; i < count; i++)
    byPosition[i] = hashUnits(units, starts[i] as number, (starts[i + size] as number) - 1)
  const sorted = byPosition.slice().sort()
  let distinct = 0
  let repeated = false
  for (let j = 0; j < count; j++)
    if (j === 0 || sorted[j] !== sorted[distinct - 1]) sorted[distinct++] = sorted[j] as number
    else repeated = true
  const hashes = distinct === count ? sorted : sorted.slice(0, distinct)
  if (!repeated) return { hashes, size: distinct }
  // Some hash came from two positions: count the distinct strings behind each such hash.
  const shingleAt = (i: number): string =>
    String.fromCharCode(...units.subarray(starts[i], (starts[i + size] as number) - 1))
  const firstAt = new Map<number, number>()
  const shared = new Map<number, Set<string>>()
  for (let i = 0; i < count; i++) {
    const h = byPosition[i] as number
    const first = firstAt.get(h)
    if (first === undefined) firstAt.set(h, i)
    else {
      let set = shared.get(h)
      if (!set) shared.set(h, (set = new Set([shingleAt(first)])))
      set.add(shingleAt(i))
    }
  }
  let extra = 0
  for (const set of shared.values()) extra += set.size - 1
  return { hashes, size: distinct + extra }
}

/** 32-bit FNV-1a of a string's UTF-16 units (as signed int). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5 | 0
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h
}

function hashUnits(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5 | 0
  for (let p = from; p < to; p++) h = Math.imul(h ^ (units[p] as number), 0x01000193)
  return h
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u
/** Whether a BMP unit is a letter or digit: 0 not known yet, 1 yes, 2 no (filled as met). */
const unitClass = new Uint8Array(0x10000)
for (let c = 0; c < 128; c++) unitClass[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 2

/**
 * The letter/digit runs of a (lower-cased) text, as `/[\p{L}\p{N}]+/gu` finds them: their UTF-16
 * units in one array, each run followed by a space (32), and where each run starts (`starts[i]`;
 * `starts[words]` is the end).
 */
function wordUnits(text: string): { units: Uint16Array; starts: Int32Array; words: number } {
  const n = text.length
  const units = new Uint16Array(2 * n + 1)
  const starts = new Int32Array(n + 2)
  let at = 0
  let words = 0
  let inWord = false
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i)
    let width = 1
    let word: boolean
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1)
      // A surrogate pair is one code point (the `u` flag reads it so); a lone one is no letter.
      if (d >= 0xdc00 && d <= 0xdfff) width = 2
      word = width === 2 && WORD_CHAR.test(text.slice(i, i + 2))
    } else {
      let k = unitClass[c] as number
      if (k === 0) unitClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
      word = k === 1
    }
    if (word) {
      if (!inWord) {
        starts[words++] = at
        inWord = true
      }
      units[at++] = c
      if (width === 2) units[at++] = text.charCodeAt(i + 1)
    } else if (inWord) {
      units[at++] = 32
      inWord = false
    }
    i += width
  }
  if (inWord) units[at++] = 32
  starts[words] = at
  return { units, starts, words }
}
