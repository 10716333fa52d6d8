/** A word character of the classifier's pattern. */
export const WORD = 1
/** Whitespace (`\s`). */
export const SPACE = 2
/** Anything else (punctuation, symbols). */
export const OTHER = 3
/** Set on the class when the code point is a surrogate pair (two UTF-16 units). */
export const PAIR = 4

/** Class of the code point at `i` of `text`: `WORD`, `SPACE` or `OTHER`, with `PAIR` or'ed in. */
export type ClassAt = (text: string, i: number) => number

/**
 * Classifies code points against `wordChar` (a one-character pattern such as
 * `/^[\p{L}\p{N}]$/u`) without running a Unicode RegExp per character: ASCII by ranges, other
 * UTF-16 units from a table filled in on first sight, surrogate pairs by the pattern. The
 * tokenizers scan text with it and produce exactly the matches their RegExp would.
 */
export function charClassifier(wordChar: RegExp): ClassAt {
  const table = new Int8Array(0x10000)
  const space = /^\s$/u
  return (text, i) => {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return WORD
      return c === 32 || (c >= 9 && c <= 13) ? SPACE : OTHER
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff)
        return (wordChar.test(text.slice(i, i + 2)) ? WORD : OTHER) | PAIR
    }
    let k = table[c] as number
    if (k === 0) {
      const ch = String.fromCharCode(c)
      k = wordChar.test(ch) ? WORD : space.test(ch) ? SPACE : OTHER
      table[c] = k
    }
    return k
  }
}
