import { tokenize, type Token } from './tokenize.js'

/**
 * How a phrase must be written to match: `exact` as stored (acronyms such as "US", "UN"),
 * `cap` with every capitalised word of the stored form capitalised (or all upper case),
 * `any` in any case ("russia" in badly edited pages).
 */
export type CaseRule = 'exact' | 'cap' | 'any'

interface Entry<T> {
  readonly words: readonly string[]
  /** The phrase ends with an abbreviation dot ("U.S."), which the match takes in. */
  readonly dot: boolean
  readonly rule: CaseRule
  readonly value: T
}

/** A longest match of a lexicon phrase over tokens `[start, end)`. */
export interface PhraseMatch<T> {
  readonly start: number
  readonly end: number
  readonly value: T
  /** Matched words, as written (dots and attached hyphens left out). */
  readonly surface: string
}

/** Words of a phrase: word tokens only; dots and hyphens are not part of the key. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => t.isWord)
    .map((t) => t.text)
}

/**
 * Multi-word phrase lexicon matched token by token (no giant regex): phrases are keyed by their
 * lower-case words, so a lookup costs one Map probe per candidate length.
 */
export class PhraseLexicon<T> {
  private readonly byKey = new Map<string, Entry<T>[]>()
  private readonly maxLen = new Map<string, number>()
  /** Lower-case word prefixes of every phrase ("united", "united arab"), for early stops. */
  private readonly prefixes = new Set<string>()

  /** Adds a phrase; later entries with the same key and value are ignored. */
  add(phrase: string, value: T, rule: CaseRule = 'cap'): void {
    const words = phraseWords(phrase)
    const first = words[0]?.toLowerCase()
    if (!first) return
    const key = words.join(' ').toLowerCase()
    const list = this.byKey.get(key) ?? []
    if (
      list.some(
        (e) => e.value === value && e.rule === rule && e.words.join(' ') === words.join(' '),
      )
    )
      return
    list.push({ words, rule, value, dot: /\.$/.test(phrase) })
    this.byKey.set(key, list)
    this.maxLen.set(first, Math.max(this.maxLen.get(first) ?? 0, words.length))
    const lower = words.map((w) => w.toLowerCase())
    for (let n = 1; n <= lower.length; n++) this.prefixes.add(lower.slice(0, n).join(' '))
  }

  has(phrase: string): boolean {
    return this.byKey.has(phraseWords(phrase).join(' ').toLowerCase())
  }

  /** Longest phrase starting at word token `i`, or undefined. `limit` bounds the token range. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | undefined {
    const first = tokens[i]
    if (!first?.isWord || !this.maxLen.has(first.lower)) return undefined
    // Extend word by word while the words so far begin some phrase; keep the longest full match.
    const words: Token[] = [first]
    let key = first.lower
    let best: { end: number; entry: Entry<T>; n: number } | undefined
    for (let j = i; ;) {
      const entry = this.byKey.get(key)?.find((e) => caseFits(e, words))
      if (entry) best = { end: j + 1, entry, n: words.length }
      let k = j + 1
      while (k < limit && !(tokens[k] as Token).isWord && isSkippable(tokens, k)) k++
      const t = tokens[k]
      if (k >= limit || !t?.isWord || (!t.spaceBefore && !isJoined(tokens, k))) break
      const next = `${key} ${t.lower}`
      if (!this.prefixes.has(next)) break
      key = next
      words.push(t)
      j = k
    }
    if (!best) return undefined
    const { end, entry, n } = best
    const dot = entry.dot && tokens[end]?.text === '.' && !tokens[end]?.spaceBefore
    return {
      start: i,
      end: dot ? end + 1 : end,
      value: entry.value,
      surface: words
        .slice(0, n)
        .map((w) => w.text)
        .join(' '),
    }
  }
}

// A word glued to the previous token is part of the phrase only after a hyphen or an
// abbreviation dot ("Nur-Sultan", "U.S.").
function isJoined(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]
  return prev !== undefined && !prev.isWord && /^[-.'’]$/.test(prev.text)
}

// Hyphens and apostrophes inside a name and dots after short abbreviations ("St.", "U.S.") do not break a phrase.
function isSkippable(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token
  const before = tokens[j - 1]
  if (t.spaceBefore || !before?.isWord) return false
  // "People's" inside a name ("Democratic People's Republic of Korea").
  if (t.text === '-' || t.text === '‐' || t.text === "'" || t.text === '’') return true
  return t.text === '.' && before.text.length <= 3
}

function caseFits<T>(entry: Entry<T>, words: readonly Token[]): boolean {
  if (entry.rule === 'any') return true
  return entry.words.every((w, k) => {
    const t = words[k] as Token
    if (entry.rule === 'exact') return t.text === w
    return !/^\p{Lu}/u.test(w) || t.isCap
  })
}
