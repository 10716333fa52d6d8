import anyAscii from 'any-ascii'
import { doubleMetaphone } from 'double-metaphone'

/**
 * Phonetic key of one name word, equal across the usual romanisations of Cyrillic and Turkic
 * names: Воробьёв / Vorobyov / Vorobev → "vorobev"; Tokayev / Tokaev; Seljanin / Selyanin;
 * Lukashenko / Lukašenko; Berdimuhamedow / Berdymukhamedov.
 */
export function nameKey(word: string): string {
  let key = KEYS.get(word)
  if (key === undefined) {
    key = computeKey(word)
    if (KEYS.size >= MAX_KEYS) KEYS.clear()
    KEYS.set(word, key)
  }
  return key
}

// Keys of recently seen words: the same names recur across a document and a corpus, and keying
// one runs seventeen replacements. A pure function's memo, bounded so memory stays flat.
const KEYS = new Map<string, string>()
const MAX_KEYS = 20_000

const ARTICLE = /^(?:al|el|ad|as|ash|at|az|ar|an|ul)[-‐‑]/i

function computeKey(word: string): string {
  // "al-Assad" and "Assad" are one surname: an Arabic article hyphened to the name is dropped.
  let s = anyAscii(word.replace(ARTICLE, ''))
    .toLowerCase()
    .replace(/[^a-z]/g, '')
  s = s
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/[sz]h/g, (m) => m[0] as string)
    .replace(/tch/g, 'c')
    .replace(/ch/g, 'c')
    .replace(/t[sz]/g, 'c')
    .replace(/j/g, 'y')
    // ё/е/є are yo/ye/e in different systems; я/ю are ya/ia/ja and yu/iu/ju.
    .replace(/[yi]o/g, 'e')
    .replace(/[yi]e/g, 'e')
    .replace(/[yi]a/g, 'a')
    .replace(/[yi]u/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
  return s
}

/** Key of a whole given-name part ("Kassym-Jomart" → one key). */
export const givenKey = (parts: readonly string[]): string => parts.map(nameKey).join('')

/** Levenshtein distance, bounded: returns `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      cur.push(v)
      if (v < best) best = v
    }
    if (best > max) return max + 1
    prev = cur
  }
  return prev[b.length] as number
}

/**
 * True when two surname keys name the same surname: equal, or (for long names) one edit apart
 * with the same double-metaphone code ("shoygu" / "shoigu" after keying differ by nothing;
 * "vorobev" / "vorobov" by one letter).
 */
export function surnamesMatch(a: string, b: string): boolean {
  if (a === b) return true
  // An initial Ж is Zh, Ž or J ("Jaksybekov"), and J also reads as Y, which the key drops.
  if (Math.min(a.length, b.length) >= 5 && (zPrefixed(a, b) || zPrefixed(b, a))) return true
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 6) return false
  // Compared with every person of the document for each surname mention (issue #8 profile):
  // the one-edit test and the z-prefix test allocate nothing.
  if (!withinOneEdit(a, b)) return false
  const [pa] = doubleMetaphone(a)
  const [pb] = doubleMetaphone(b)
  return pa === pb || a.slice(0, -2) === b.slice(0, -2)
}

// `long` is "z" followed by `short` (`long === 'z' + short`, without building the string).
const zPrefixed = (long: string, short: string): boolean =>
  long.length === short.length + 1 && long.charCodeAt(0) === 122 && long.startsWith(short, 1)

/** Levenshtein distance of `a` and `b` is at most 1 (same as `editDistance(a, b, 1) <= 1`). */
export function withinOneEdit(a: string, b: string): boolean {
  const long = a.length >= b.length ? a : b
  const short = long === a ? b : a
  if (long.length - short.length > 1) return false
  let i = 0
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++
  // Past the first difference, the rest must agree after one substitution (same lengths) or
  // one letter inserted into the shorter word.
  const shift = long.length - short.length
  for (let j = i + 1 - shift; j < short.length; j++)
    if (short.charCodeAt(j) !== long.charCodeAt(j + shift)) return false
  return true
}

/**
 * True when two given names can belong to one person: equal keys, an initial of the other, a
 * shortening (prefix of 3+ letters), or close romanisations (edit distance at most a third of the
 * length: Kassym-Jomart / Kasym-Zhomart; Andrei / Andrey; Aleksandr / Alexander).
 */
export function givenNamesMatch(a: string, b: string): boolean {
  if (!a || !b) return true
  if (a === b) return true
  if (a.length === 1 || b.length === 1) return a[0] === b[0]
  // Feminine forms end in -a (Aleksandra / Aleksandr, Mara / Mark): different people.
  if (a.endsWith('a') !== b.endsWith('a') && Math.abs(a.length - b.length) <= 1) return false
  if (a[0] !== b[0] && !(/[a-z]/.test(a[0] ?? '') && similarStart(a, b))) return false
  if (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))) return true
  const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) / 3))
  return editDistance(a, b, limit) <= limit
}

// Jomart / Zhomart / Zomart differ in their first letter only; allow it when the rest agrees.
function similarStart(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && editDistance(a.slice(1), b.slice(1), 2) <= 2
}
