import { WordGate } from '../shared/word-gate.js'
import { inflections } from './inflect.js'
import type { Token } from './tokenize.js'

/** Irregular forms by lemma (from `data/irregular.json`). */
export type IrregularForms = ReadonlyMap<string, readonly string[]>

/** One element of a compiled word pattern. */
export type PatternElem =
  | { readonly kind: 'word'; readonly forms: ReadonlySet<string> }
  | { readonly kind: 'gap' }
  | { readonly kind: 'neg' }
  | { readonly kind: 'quoted' }

const MAX_GAP = 6
const NEG_WORDS = new Set(['not', "n't", 'never', 'no'])
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«', '``'])
// A gap never crosses these: a pattern's words belong to one clause.
const GAP_STOPS = new Set([',', ';', ':', '.', '!', '?', '–', '—', '(', ')'])

/** Compiles a pattern string ("impose * sanction|embargo") into elements; each word matches its inflections. */
export function compilePattern(
  pattern: string,
  irregular: IrregularForms,
  nominal = false,
): PatternElem[] {
  return pattern.split(/\s+/).map((part, i): PatternElem => {
    if (part === '*') return { kind: 'gap' }
    if (part === 'NEG') return { kind: 'neg' }
    if (part === 'QUOTED') return { kind: 'quoted' }
    const forms = new Set<string>()
    for (const alt of part.split('|')) {
      // A nominal's head takes only plural endings: "threats", not "threated".
      const all = inflections(alt, irregular.get(alt) ?? [])
      for (const f of nominal && i === 0
        ? all.filter((f) => !/(ed|ing)$/.test(f) || f === alt)
        : all)
        forms.add(f)
    }
    return { kind: 'word', forms }
  })
}

function elemMatches(elem: PatternElem, token: Token | undefined): boolean {
  if (!token) return false
  switch (elem.kind) {
    case 'word':
      return elem.forms.has(token.lower)
    case 'neg':
      return NEG_WORDS.has(token.lower)
    case 'quoted':
      return OPEN_QUOTES.has(token.text)
    case 'gap':
      return true
  }
}

/**
 * Matches `elems` at token `i`. Returns the index after the last matched token, or -1. Gaps are
 * lazy (the shortest filling wins) and stop at clause punctuation.
 */
export function matchAt(
  elems: readonly PatternElem[],
  tokens: readonly Token[],
  i: number,
): number {
  return matchFrom(elems, tokens, 0, i)
}

// Elements from `e` on at token `t` (no closure per call: this runs for every candidate token).
function matchFrom(
  elems: readonly PatternElem[],
  tokens: readonly Token[],
  e: number,
  t: number,
): number {
  const elem = elems[e]
  if (!elem) return t
  if (elem.kind !== 'gap')
    return elemMatches(elem, tokens[t]) ? matchFrom(elems, tokens, e + 1, t + 1) : -1
  for (let skip = 0; skip <= MAX_GAP; skip++) {
    const tok = tokens[t + skip - 1]
    if (skip > 0 && (!tok || GAP_STOPS.has(tok.text))) break
    const end = matchFrom(elems, tokens, e + 1, t + skip)
    if (end >= 0) return end
  }
  return -1
}

/** A set of phrases ("refrain from", "according to") indexed by first word for one-pass lookup. */
export class PhraseSet {
  private readonly byFirst = new Map<string, PatternElem[][]>()
  // First words, checked before the map: most tokens start no phrase (issue #8).
  private readonly firstWords = new WordGate()

  constructor(phrases: readonly string[], irregular: IrregularForms) {
    for (const p of phrases) {
      const elems = compilePattern(p, irregular)
      const first = elems[0]
      if (first?.kind !== 'word') continue
      for (const f of first.forms) {
        const list = this.byFirst.get(f) ?? []
        list.push(elems)
        this.byFirst.set(f, list)
        this.firstWords.add(f)
      }
    }
  }

  /** Length in tokens of the longest phrase starting at token `i`, or 0. */
  lengthAt(tokens: readonly Token[], i: number): number {
    const tok = tokens[i]
    if (!tok || !this.firstWords.mayHave(tok.lower)) return 0
    const list = this.byFirst.get(tok.lower)
    if (!list) return 0
    let best = 0
    for (const elems of list) {
      const end = matchAt(elems, tokens, i)
      if (end - i > best) best = end - i
    }
    return best
  }

  /** Index of the first token in `[from, to)` where a phrase starts, or -1. */
  findIn(tokens: readonly Token[], from: number, to: number): number {
    for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++)
      if (this.lengthAt(tokens, i) > 0) return i
    return -1
  }

  /** Index of the last token in `[from, to)` where a phrase starts, or -1. */
  findLastIn(tokens: readonly Token[], from: number, to: number): number {
    for (let i = Math.min(to, tokens.length) - 1; i >= Math.max(0, from); i--)
      if (this.lengthAt(tokens, i) > 0) return i
    return -1
  }
}
