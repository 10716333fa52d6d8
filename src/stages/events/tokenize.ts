import { charClassifier, PAIR, SPACE, WORD } from '../shared/char-class.js'

/** A word or punctuation mark of a sentence, with its half-open UTF-16 span in `Doc.text`. */
export interface Token {
  readonly text: string
  /** Lower case, curly apostrophes folded to `'`. */
  readonly lower: string
  readonly start: number
  readonly end: number
  readonly isWord: boolean
}

// Clitics split off a word so that "doesn't" and "Russia's" yield the same words as their parts.
const CLITIC_RE = /^(.+?)(n't|'s|'ll|'re|'ve|'d|'m)$/
// Classes of the scan by UTF-16 unit, filled in on first sight. The tokens are exactly the matches
// of /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu, found without
// running a Unicode RegExp over every sentence.
const classAt = charClassifier(/^[\p{L}\p{N}]$/u)

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const digits3 = (text: string, i: number): boolean =>
  isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))

/** End of a number with thousands separators ("12,500", "1,000.5") starting at `i`, or -1. */
function numberEnd(text: string, i: number): number {
  let q = i
  while (q - i < 4 && isDigit(text.charCodeAt(q))) q++
  if (q - i > 3 || text.charCodeAt(q) !== 44 || !digits3(text, q + 1)) return -1
  while (text.charCodeAt(q) === 44 && digits3(text, q + 1)) q += 4
  if (text.charCodeAt(q) === 46 && isDigit(text.charCodeAt(q + 1))) {
    q++
    while (isDigit(text.charCodeAt(q))) q++
  }
  return q
}

// Shapes of a token's text: no upper-case letter, apostrophe or non-ASCII unit (lower case
// already, nothing to fold); upper case ASCII but no apostrophe or non-ASCII; anything else.
const PLAIN = 0
const UPPER_ASCII = 1
const OTHER_TEXT = 2

// A hyphen, apostrophe or dot between word characters ("al-Assad", "U.S").
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46

function asciiShape(s: string): number {
  let shape = PLAIN
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128 || c === 39) return OTHER_TEXT
    if (c >= 65 && c <= 90) shape = UPPER_ASCII
  }
  return shape
}

/**
 * End and shape of the word token starting at `i` (a word character), packed as `end * 4 +
 * shape` so that no object is built per token. The run and its shape come from one pass over the
 * text, ASCII letters and digits by ranges (issue #8: the scan plus a second pass for the shape
 * were a tenth of the stage).
 */
function scanWord(text: string, i: number): number {
  const len = text.length
  let q = i
  let upper = false
  let other = false
  for (;;) {
    while (q < len) {
      const c = text.charCodeAt(q)
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) q++
      else if (c >= 65 && c <= 90) {
        upper = true
        q++
      } else if (c < 128) break
      else {
        const k = classAt(text, q)
        if ((k & 3) !== WORD) break
        other = true
        q += k & PAIR ? 2 : 1
      }
    }
    const j = text.charCodeAt(q)
    if (!isJoiner(j) || q + 1 >= len || (classAt(text, q + 1) & 3) !== WORD) break
    if (j === 39 || j === 0x2019) other = true
    q++
  }
  return q * 4 + (other ? OTHER_TEXT : upper ? UPPER_ASCII : PLAIN)
}

/**
 * Splits `text` (which starts at `offset` in `Doc.text`) into word and punctuation tokens in one
 * pass. Spans are half-open UTF-16 ranges into `Doc.text`.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = []
  const len = text.length
  let i = 0
  while (i < len) {
    const k = classAt(text, i)
    if ((k & 3) === SPACE) {
      i++
      continue
    }
    let e = isDigit(text.charCodeAt(i)) ? numberEnd(text, i) : -1
    // Numbers hold digits, commas and a dot only; a mark gets its shape below.
    let shape = e < 0 ? -1 : PLAIN
    if (e < 0 && (k & 3) === WORD) {
      const packed = scanWord(text, i)
      e = packed >>> 2
      shape = packed & 3
    } else if (e < 0) e = i + (k & PAIR ? 2 : 1)
    const raw = text.slice(i, e)
    if (shape < 0) shape = asciiShape(raw)
    const start = offset + i
    i = e
    // Multi-character tokens come only from the word and number alternatives; a one-unit token
    // is a word when its character is a letter or digit ([\p{L}\p{N}], the class of the scan).
    const isWord = raw.length > 1 || (k & 3) === WORD
    // Most tokens are lower-case ASCII words: they are their own lower case and hold no
    // apostrophe, and the scan says so without calling toLowerCase (issue #8).
    let lower = shape === PLAIN ? raw : raw.toLowerCase()
    if (shape === OTHER_TEXT && lower.includes('’')) lower = lower.replace(/’/g, "'")
    const clitic = isWord && shape !== PLAIN && lower.includes("'") ? CLITIC_RE.exec(lower) : null
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
