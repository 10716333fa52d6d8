/**
 * A document's 5-word shingles (as `shingles` in stages/dedup/minhash.ts makes them: lower-cased
 * letter/digit runs joined by one space) as sorted distinct 32-bit FNV-1a hashes, and how many
 * distinct shingle strings there are. Hashed straight from the words, without building one string
 * per shingle and a Set of them (that was a third of a claims rebuild); the strings are built only
 * for shingles whose hash occurs twice, to tell a repeated shingle from a collision.
 */
export function shingleHashes(text: string, size = 5): { hashes: Int32Array; size: number } {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length < size) {
    if (!words.length) return { hashes: new Int32Array(0), size: 0 }
    return { hashes: Int32Array.of(fnv1a(words.join(' '))), size: 1 }
  }
  const count = words.length - size + 1
  const byPosition = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5 | 0
    for (let k = 0; k < size; k++) {
      if (k) h = Math.imul(h ^ 32, 0x01000193)
      const w = words[i + k] as string
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193)
    }
    byPosition[i] = h
  }
  const sorted = byPosition.slice().sort()
  let distinct = 0
  let repeated = false
  for (let j = 0; j < count; j++)
    if (j === 0 || sorted[j] !== sorted[distinct - 1]) sorted[distinct++] = sorted[j] as number
    else repeated = true
  const hashes = distinct === count ? sorted : sorted.slice(0, distinct)
  if (!repeated) return { hashes, size: distinct }
  // Some hash came from two positions: count the distinct strings behind each such hash.
  const firstAt = new Map<number, number>()
  const shared = new Map<number, Set<string>>()
  for (let i = 0; i < count; i++) {
    const h = byPosition[i] as number
    const first = firstAt.get(h)
    if (first === undefined) firstAt.set(h, i)
    else {
      let set = shared.get(h)
      if (!set) shared.set(h, (set = new Set([shingleAt(words, first, size)])))
      set.add(shingleAt(words, i, size))
    }
  }
  let extra = 0
  for (const set of shared.values()) extra += set.size - 1
  return { hashes, size: distinct + extra }
}

const shingleAt = (words: readonly string[], i: number, size: number): string =>
  words.slice(i, i + size).join(' ')

/** 32-bit FNV-1a of a string's UTF-16 units (as signed int). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5 | 0
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h
}
