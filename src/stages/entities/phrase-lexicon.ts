import { WordGate } from '../shared/word-gate.js'
import { tokenize, type Token } from './tokenize.js'

/**
 * How a phrase must be written to match: `exact` as stored (acronyms such as "US", "UN"),
 * `cap` with every capitalised word of the stored form capitalised (or all upper case),
 * `any` in any case ("russia" in badly edited pages).
 */
export type CaseRule = 'exact' | 'cap' | 'any'

interface Entry<T> {
  readonly words: readonly string[]
  /** For rule `cap`: which stored words open with a capital (and so must be capitalised). */
  readonly capital: readonly boolean[]
  /** The phrase ends with an abbreviation dot ("U.S."), which the match takes in. */
  readonly dot: boolean
  readonly rule: CaseRule
  readonly value: T
}

/** A node of the word trie: entries of the phrase spelled by the path, and its extensions. */
interface TrieNode<T> {
  entries: Entry<T>[] | null
  readonly next: Map<string, TrieNode<T>>
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

/** A match; `surface` is joined only when read (most matches never need it). */
class Hit<T> implements PhraseMatch<T> {
  readonly start: number
  readonly end: number
  readonly value: T
  private readonly tokens: readonly Token[]
  /** Token indexes of the matched words. */
  private readonly at: readonly number[]
  private readonly n: number

  constructor(
    start: number,
    end: number,
    value: T,
    tokens: readonly Token[],
    at: readonly number[],
    n: number,
  ) {
    this.start = start
    this.end = end
    this.value = value
    this.tokens = tokens
    this.at = at
    this.n = n
  }

  get surface(): string {
    let out = ''
    for (let k = 0; k < this.n; k++)
      out += (k ? ' ' : '') + (this.tokens[this.at[k] as number] as Token).text
    return out
  }
}

/**
 * Multi-word phrase lexicon matched token by token (no giant regex): phrases live in a trie of
 * their lower-case words, so each step of a match is one Map probe and allocates nothing.
 */
export class PhraseLexicon<T> {
  private readonly byKey = new Map<string, Entry<T>[]>()
  private readonly root = new Map<string, TrieNode<T>>()
  private readonly scratch: number[] = []
  private readonly answers = new Map<string, boolean>()
  // First words of the phrases: most tokens start none, and the gate answers for them without
  // probing the map (issue #8: ~1,600 probes per document).
  private readonly firstWords = new WordGate()
  // First words of the phrases that can match when their first token is not capitalised (case
  // rule `any`, a lower-case first word, or an exact form that is not capitalised): most
  // lower-case tokens of a text start none, and return before the map is probed (issue #8).
  private readonly uncappedFirstWords = new WordGate()

  /** Adds a phrase; later entries with the same key and value are ignored. */
  add(phrase: string, value: T, rule: CaseRule = 'cap'): void {
    this.answers.clear()
    const tokens = tokenize(phrase).filter((t) => t.isWord)
    const words = tokens.map((t) => t.text)
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
    const capital = words.map((w) => /^\p{Lu}/u.test(w))
    // A token equal to the stored first word is capitalised exactly when that word is.
    if (
      rule === 'any' ||
      (rule === 'cap' && !capital[0]) ||
      (rule === 'exact' && !tokens[0]?.isCap)
    )
      this.uncappedFirstWords.add(first)
    list.push({ words, capital, rule, value, dot: /\.$/.test(phrase) })
    this.byKey.set(key, list)
    let level = this.root
    let node: TrieNode<T> | undefined
    for (const w of words) {
      const lower = w.toLowerCase()
      node = level.get(lower)
      if (!node) level.set(lower, (node = { entries: null, next: new Map() }))
      if (level === this.root) this.firstWords.add(lower)
      level = node.next
    }
    if (node) node.entries = list
  }

  has(phrase: string): boolean {
    // Asked for most name words (titles, known names); tokenizing the phrase each time cost more
    // than the lookup, so answers are remembered (bounded, and forgotten when a phrase is added).
    let found = this.answers.get(phrase)
    if (found === undefined) {
      found = this.byKey.has(phraseWords(phrase).join(' ').toLowerCase())
      if (this.answers.size >= 20_000) this.answers.clear()
      this.answers.set(phrase, found)
    }
    return found
  }

  /** Longest phrase starting at word token `i`, or undefined. `limit` bounds the token range. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | undefined {
    const first = tokens[i]
    if (!first?.isWord) return undefined
    if (!this.firstWords.mayHave(first.lower)) return undefined
    if (!first.isCap && !this.uncappedFirstWords.mayHave(first.lower)) return undefined
    let node = this.root.get(first.lower)
    if (!node) return undefined
    // Extend word by word while the words so far begin some phrase; keep the longest full match.
    // `at` (token indexes of the words) is reused across calls: most calls match nothing.
    const at = this.scratch
    let n = 1
    at[0] = i
    let bestEnd = -1
    let bestN = 0
    let best: Entry<T> | undefined
    for (let j = i; ;) {
      const entry = node.entries && fitting(node.entries, tokens, at)
      if (entry) {
        bestEnd = j + 1
        best = entry
        bestN = n
      }
      let k = j + 1
      while (k < limit && !(tokens[k] as Token).isWord && isSkippable(tokens, k)) k++
      const t = tokens[k]
      if (k >= limit || !t?.isWord || (!t.spaceBefore && !isJoined(tokens, k))) break
      const child: TrieNode<T> | undefined = node.next.get(t.lower)
      if (!child) break
      node = child
      at[n++] = k
      j = k
    }
    if (!best) return undefined
    const dot = best.dot && tokens[bestEnd]?.text === '.' && !tokens[bestEnd]?.spaceBefore
    return new Hit(i, dot ? bestEnd + 1 : bestEnd, best.value, tokens, at.slice(0, bestN), bestN)
  }
}
// A word glued to the previous token is part of the phrase only after a hyphen or an
// abbreviation dot ("Nur-Sultan", "U.S.").
function isJoined(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]
  if (prev === undefined || prev.isWord) return false
  const c = prev.text
  return c === '-' || c === '.' || c === "'" || c === '’'
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

// The first entry whose case rule the matched words (token indexes `at`) satisfy.
function fitting<T>(
  entries: readonly Entry<T>[],
  tokens: readonly Token[],
  at: readonly number[],
): Entry<T> | undefined {
  for (const e of entries) if (caseFits(e, tokens, at)) return e
  return undefined
}

function caseFits<T>(entry: Entry<T>, tokens: readonly Token[], at: readonly number[]): boolean {
  if (entry.rule === 'any') return true
  for (let k = 0; k < entry.words.length; k++) {
    const t = tokens[at[k] as number] as Token
    if (entry.rule === 'exact' ? t.text !== entry.words[k] : entry.capital[k] && !t.isCap)
      return false
  }
  return true
}
