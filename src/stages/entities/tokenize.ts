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
  /** Has an upper-case letter anywhere ("nurlan-Zhomart", "McCain"). */
  readonly hasUpper: boolean
  /** Whitespace (or the start of the text) directly before the token. */
  readonly spaceBefore: boolean
  /** Domain-like name ("steppenews.kz", "Kyiv.news.ua"). */
  readonly isDomain: boolean
}

// Domain names are one token so that "steppenews.kz" is a name, not a sentence end. The domain
// pattern runs (sticky) only where a word is followed by a dot and a letter, so it costs nothing
// elsewhere.
const DOMAIN = new RegExp(
  '[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org|info|io|tv|news|media|ru|ua|kz|by|uz|kg|tj|am|ge|az|co|uk|de|fr|eu|us|cn|in)(?![\\p{L}\\p{N}])',
  'uy',
)
const TOKEN_RE = /([\p{L}\p{M}\p{N}]+)|(\S)/gu
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/u

const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 10 ||
  c === 9 ||
  c === 13 ||
  c === 160 ||
  (c > 0x1fff && /\s/.test(String.fromCharCode(c)))
const isUpperChar = (c: number, ch: string): boolean =>
  c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch)

/** Splits text into word, domain and single-character punctuation tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let t = m[0]
    const start = m.index
    const isWord = m[2] === undefined
    let isDomain = false
    if (
      isWord &&
      text.charCodeAt(start + t.length) === 46 &&
      LETTER.test(text[start + t.length + 1] ?? '')
    ) {
      DOMAIN.lastIndex = start
      const d = DOMAIN.exec(text)
      if (d) {
        t = d[0]
        isDomain = true
        TOKEN_RE.lastIndex = start + t.length
      }
    }
    const c0 = t.charCodeAt(0)
    const hasUpper =
      isWord && (isUpperChar(c0, t[0] as string) || (t !== t.toLowerCase() && UPPER.test(t)))
    out.push({
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase(),
      isWord,
      isCap: isWord && isUpperChar(c0, t[0] as string),
      isUpper: hasUpper && t.length >= 2 && !LOWER.test(t),
      hasUpper,
      spaceBefore: start === 0 || isSpace(text.charCodeAt(start - 1)),
      isDomain,
    })
  }
  return out
}
