import { readFileSync } from 'node:fs'
import { franc } from 'franc'

/** Detected language of a text. */
export interface DetectedLanguage {
  /** ISO 639-3 code (`eng`), or `und` when the text is too short or has no letters. */
  readonly code: string
  /** How it was decided: trigram model, English function-word fallback, or undetermined. */
  readonly method: 'franc' | 'function-words' | 'none'
}

interface LanguagesFile {
  readonly candidates: readonly string[]
  readonly englishFunctionWords: readonly string[]
}

// franc needs some 20-30 letters for a stable answer; below that only function words decide.
const MIN_FRANC_CHARS = 30
// Texts up to this length are short enough for franc to confuse English with a close neighbour.
const SHORT_CHARS = 200
// franc's cost grows with the sample; 600 characters decide reliably and keep it flat.
const SAMPLE_CHARS = 600
// Running English prose is about a third function words; other languages share few of them.
const ENGLISH_SHARE = 0.3
const ENGLISH_MIN_WORDS = 15

interface Lists {
  readonly only: string[]
  readonly english: ReadonlySet<string>
  /** Length of the longest function word: longer words are not looked up. */
  readonly longest: number
}

let cached: Lists | undefined

function lists(): Lists {
  if (cached) return cached
  const file = JSON.parse(
    readFileSync(new URL('./data/languages.json', import.meta.url), 'utf8'),
  ) as LanguagesFile
  const english = new Set(file.englishFunctionWords)
  const longest = Math.max(0, ...[...english].map((w) => w.length))
  cached = { only: [...file.candidates], english, longest }
  return cached
}

const LETTER = /^\p{L}$/u
// Letter or not per UTF-16 unit, filled in on first sight: 0 not yet seen, 1 letter, 2 other.
const LETTER_UNIT = new Int8Array(0x10000)

// Whether the code point at `i` is a letter, and its width (2 for a surrogate pair).
function letterAt(s: string, i: number): 0 | 1 | 2 {
  const c = s.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0
  }
  let k = LETTER_UNIT[c] as number
  if (k === 0) LETTER_UNIT[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2
  return k === 1 ? 1 : 0
}

/**
 * Share of words that are English function words (0-1), and the word count; the words are the
 * matches of `/\p{L}+/gu` in the lower-cased text, found by one scan without a Unicode RegExp or
 * a string per word (issue #8).
 */
function englishShare(text: string, { english, longest }: Lists): { share: number; words: number } {
  const lower = text.toLowerCase()
  const len = lower.length
  let words = 0
  let hits = 0
  let start = -1
  for (let i = 0; i <= len;) {
    const letter = i < len ? letterAt(lower, i) : 0
    if (letter) {
      if (start < 0) start = i
      i += letter
      continue
    }
    if (start >= 0) {
      words++
      if (i - start <= longest && english.has(lower.slice(start, i))) hits++
      start = -1
    }
    // A surrogate pair that is no letter is skipped whole, as the RegExp would.
    const c = lower.charCodeAt(i)
    const d = lower.charCodeAt(i + 1)
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1
  }
  if (!words) return { share: 0, words: 0 }
  return { share: hits / words, words }
}

/**
 * Detects the language of body text with franc (trigrams), restricted to the languages listed in
 * `data/languages.json`. Short texts (one news sentence) fall back to a count of English function
 * words, where franc is unreliable. Non-English documents are stored but not event-coded: the
 * events stage reads `ctx.meta.language` and skips anything that is not `eng`.
 * @example detectLanguage('Kazakhstan said on Friday it would not recognise the republics.').code // 'eng'
 */
export function detectLanguage(text: string): DetectedLanguage {
  const lx = lists()
  const { only } = lx
  const sample = text.slice(0, SAMPLE_CHARS)
  const { share, words } = englishShare(sample, lx)
  const looksEnglish = words >= 3 && share >= 0.2
  // Clearly English text skips the trigram model, which costs more than all of cleaning.
  if (words >= ENGLISH_MIN_WORDS && share >= ENGLISH_SHARE)
    return { code: 'eng', method: 'function-words' }
  // Counted only here: most pages are decided as English above.
  const letters = (sample.match(/\p{L}/gu) ?? []).length
  if (letters < MIN_FRANC_CHARS)
    return looksEnglish
      ? { code: 'eng', method: 'function-words' }
      : { code: 'und', method: 'none' }
  const code = franc(sample, { only, minLength: MIN_FRANC_CHARS })
  if (code !== 'eng' && looksEnglish && sample.length <= SHORT_CHARS)
    return { code: 'eng', method: 'function-words' }
  return code === 'und' ? { code, method: 'none' } : { code, method: 'franc' }
}
