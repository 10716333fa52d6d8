import { readFileSync } from 'node:fs'

// Loaded once at import: a small closed word list kept apart from the code.
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    JSON.parse(readFileSync(new URL('./data/stopwords.json', import.meta.url), 'utf8')) as {
      words: string[]
    }
  ).words,
)

/**
 * Content words of a text: lower-cased letter/digit runs that are not function words, with a
 * crude plural/possessive trim so "terminals" and "terminal's" meet "terminal".
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>()
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOPWORDS.has(raw) || raw.length < 2) continue
    out.add(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw)
  }
  return out
}

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two word sets, in [0, 1]; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / (a.size + b.size - shared)
}

/** Jaccard similarity with a weight per word: Σ weight(shared) / Σ weight(union), in [0, 1]. */
export function weightedJaccard(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weight: (word: string) => number,
): number {
  let shared = 0
  let union = 0
  for (const w of a) {
    const x = weight(w)
    union += x
    if (b.has(w)) shared += x
  }
  for (const w of b) if (!a.has(w)) union += weight(w)
  return union > 0 ? shared / union : 0
}

/** Share of the smaller set found in the larger one, in [0, 1] (copies with cuts still score high). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const w of small) if (large.has(w)) shared++
  return shared / small.size
}
