/** A quoted passage: the half-open UTF-16 span of its words (marks excluded) in `Doc.text`. */
export interface QuoteSpan {
  readonly start: number
  readonly end: number
}

const DOUBLE_OPEN = new Set(['“', '«', '„'])
const DOUBLE_CLOSE = new Set(['”', '»'])
const LETTER = /[\p{L}\p{N}]/u
const MARKS = /["“”‘’'«»„\n]/g
// Punctuation a quote ends with inside its marks ('… audiences,' said X / 'Expect more.').
const CLOSING_PUNCT = new Set(['.', ',', '!', '?', '…', ';', ':', ')'])

/**
 * Finds quoted passages paragraph by paragraph in one pass. Double marks (straight or curly) do
 * not nest: an inner opening mark is part of the quote and the first closing mark ends it.
 * Single marks (‘…’ or '…') quote only outside double quotes, and a mark between letters is an
 * apostrophe; a closing single mark follows a letter or the quote's own punctuation. Unclosed quotes at a paragraph end are dropped.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = []
  let open = -1
  let single = -1
  MARKS.lastIndex = 0
  // Jump from mark to mark: only quote marks and line breaks change the state.
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index
    const c = m[0]
    if (c === '\n') {
      open = -1
      single = -1
      continue
    }
    const prev = text[i - 1] ?? ' '
    const next = text[i + 1] ?? ' '
    if (open < 0 && single < 0 && (DOUBLE_OPEN.has(c) || (c === '"' && !LETTER.test(prev)))) {
      open = i + 1
    } else if (open >= 0 && (DOUBLE_CLOSE.has(c) || c === '"')) {
      out.push({ start: open, end: i })
      open = -1
    } else if (
      open < 0 &&
      single < 0 &&
      (c === '‘' || c === "'") &&
      !LETTER.test(prev) &&
      LETTER.test(next)
    ) {
      single = i + 1
    } else if (
      single >= 0 &&
      (c === '’' || c === "'") &&
      !LETTER.test(next) &&
      (LETTER.test(prev) || CLOSING_PUNCT.has(prev))
    ) {
      out.push({ start: single, end: i })
      single = -1
    }
  }
  return out
}
