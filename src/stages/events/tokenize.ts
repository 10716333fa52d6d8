/** A word or punctuation mark of a sentence, with its half-open UTF-16 span in `Doc.text`. */
export interface Token {
  readonly text: string
  /** Lower case, curly apostrophes folded to `'`. */
  readonly lower: string
  readonly start: number
  readonly end: number
  readonly isWord: boolean
}

const TOKEN_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu
// Clitics split off a word so that "doesn't" and "Russia's" yield the same words as their parts.
const WORD_CHAR = /[\p{L}\p{N}]/u
const CLITIC_RE = /^(.+?)(n't|'s|'ll|'re|'ve|'d|'m)$/

/**
 * Splits `text` (which starts at `offset` in `Doc.text`) into word and punctuation tokens in one
 * pass. Spans are half-open UTF-16 ranges into `Doc.text`.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0]
    const start = offset + m.index
    // Multi-character tokens come only from the word and number alternatives.
    const isWord = raw.length > 1 || WORD_CHAR.test(raw)
    let lower = raw.toLowerCase()
    if (lower.includes('’')) lower = lower.replace(/’/g, "'")
    const clitic = isWord && lower.includes("'") ? CLITIC_RE.exec(lower) : null
    if (clitic?.[1] && clitic[2]) {
      const cut = clitic[1].length
      out.push({ text: raw.slice(0, cut), lower: clitic[1], start, end: start + cut, isWord })
      out.push({
        text: raw.slice(cut),
        lower: clitic[2],
        start: start + cut,
        end: start + raw.length,
        isWord: true,
      })
      continue
    }
    out.push({ text: raw, lower, start, end: start + raw.length, isWord })
  }
  return out
}
