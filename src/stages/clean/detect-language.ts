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

let cached: { only: string[]; english: ReadonlySet<string> } | undefined

function lists(): { only: string[]; english: ReadonlySet<string> } {
  if (cached) return cached
  const file = JSON.parse(
    readFileSync(new URL('./data/languages.json', import.meta.url), 'utf8'),
  ) as LanguagesFile
  cached = { only: [...file.candidates], english: new Set(file.englishFunctionWords) }
  return cached
}

/** Share of words that are English function words (0-1), and the word count. */
function englishShare(
  text: string,
  english: ReadonlySet<string>,
): { share: number; words: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (!words.length) return { share: 0, words: 0 }
  return { share: words.filter((w) => english.has(w)).length / words.length, words: words.length }
}

/**
 * Detects the language of body text with franc (trigrams), restricted to the languages listed in
 * `data/languages.json`. Short texts (one news sentence) fall back to a count of English function
 * words, where franc is unreliable. Non-English documents are stored but not event-coded: the
 * events stage reads `ctx.meta.language` and skips anything that is not `eng`.
 * @example detectLanguage('Kazakhstan said on Friday it would not recognise the republics.').code // 'eng'
 */
export function detectLanguage(text: string): DetectedLanguage {
  const { only, english } = lists()
  const sample = text.slice(0, SAMPLE_CHARS)
  const { share, words } = englishShare(sample, english)
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
