/** One word, domain name or punctuation mark of the text. */
export interface Token {
  /** Half-open UTF-16 range in the text. */
  readonly start: number
  readonly end: number
  readonly text: string
  readonly lower: string
  /** Letters or digits (a word or a domain name), as opposed to punctuation. */
  readonly isWord: boolean
  /** First character is an upper-case letter. */
  readonly isCap: boolean
  /** Has at least two letters and no lower-case letter ("CSTO", "VCHK"). */
  readonly isUpper: boolean
  /** Has an upper-case letter anywhere ("kasyma-Zomart" pieces, "McCain"). */
  readonly hasUpper: boolean
  /** Whitespace (or the start of the text) directly before the token. */
  readonly spaceBefore: boolean
  /** Domain-like name ("censor.net", "Vesti.ua.net"). */
  readonly isDomain: boolean
}

// Domain names are one token so that "censor.net" is a name, not a sentence end.
const DOMAIN =
  '[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org|info|io|tv|news|media|ru|ua|kz|by|uz|kg|tj|am|ge|az|co|uk|de|fr|eu|us|cn|in)(?![\\p{L}\\p{N}])'
const TOKEN_RE = new RegExp(`(${DOMAIN})|([\\p{L}\\p{M}\\p{N}]+)|(\\S)`, 'gu')
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u

/** Splits text into word, domain and single-character punctuation tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0]
    const start = m.index
    const isWord = m[3] === undefined
    const first = t[0] ?? ''
    const prev = start > 0 ? text[start - 1] : ' '
    out.push({
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase(),
      isWord,
      isCap: isWord && UPPER.test(first),
      isUpper: isWord && t.length >= 2 && !LOWER.test(t) && UPPER.test(t),
      hasUpper: isWord && UPPER.test(t),
      spaceBefore: prev === undefined || /\s/.test(prev),
      isDomain: m[1] !== undefined,
    })
  }
  return out
}
