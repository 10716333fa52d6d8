import { charClassifier, PAIR, SPACE, WORD } from '../shared/char-class.js'
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
  /** Has at least two letters and no lower-case letter ("CSTO", "OSCE"). */
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
const SLASH_LETTER = /^\/\p{Lu}(?![\p{L}\p{N}])/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/u
// The tokens are exactly the matches of /([\p{L}\p{M}\p{N}]+)|(\S)/gu, found without running a
// Unicode RegExp per token.
const classAt = charClassifier(/^[\p{L}\p{M}\p{N}]$/u)

const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 10 ||
  c === 9 ||
  c === 13 ||
  c === 160 ||
  (c > 0x1fff && /\s/.test(String.fromCharCode(c)))
const isUpperChar = (c: number, ch: string): boolean =>
  c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch)

// Any lower-case letter; ASCII words are checked without the RegExp.
function hasLower(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k)
    if (c >= 128) return LOWER.test(t)
    if (c >= 97 && c <= 122) return true
  }
  return false
}

/** Splits text into word, domain and single-character punctuation tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const len = text.length
  let i = 0
  while (i < len) {
    let k = classAt(text, i)
    if ((k & 3) === SPACE) {
      i++
      continue
    }
    const start = i
    const isWord = (k & 3) === WORD
    // Case of the scanned units: ASCII words (most of them) get their flags from these, without
    // lower-casing a word that has no capital or running a Unicode RegExp (issue #8).
    let ascii = text.charCodeAt(i) < 128
    let lowerSeen = false
    let upperSeen = false
    if (isWord)
      for (;;) {
        const c = text.charCodeAt(i)
        if (c >= 128) ascii = false
        else if (c >= 97) lowerSeen = true
        else if (c >= 65) upperSeen = true
        i += k & PAIR ? 2 : 1
        if (i >= len || ((k = classAt(text, i)) & 3) !== WORD) break
      }
    else i += k & PAIR ? 2 : 1
    let t = text.slice(start, i)
    let isDomain = false
    if (isWord && text.charCodeAt(i) === 46 && LETTER.test(text[i + 1] ?? '')) {
      DOMAIN.lastIndex = start
      const d = DOMAIN.exec(text)
      if (d) {
        t = d[0]
        isDomain = true
        i = start + t.length
        ascii = false
      }
    }
    // "SPLM/A", "FLN/A": a movement and its armed wing are one name; the acronym runs on over a
    // slash and one capital letter ("US/UK" stays two names).
    if (isWord && text.charCodeAt(i) === 47 && !isDomain) {
      const tail = SLASH_LETTER.exec(text.slice(i, i + 3))
      if (tail && t.length >= 2 && !hasLower(t) && LETTER.test(t)) {
        t += tail[0]
        i += tail[0].length
        ascii = false
      }
    }
    out.push(
      ascii
        ? asciiToken(text, t, start, isWord, upperSeen, lowerSeen)
        : token(text, t, start, isWord, isDomain),
    )
  }
  return out
}

// An ASCII word or mark: `upper`/`lower` tell whether it has A-Z / a-z.
function asciiToken(
  text: string,
  t: string,
  start: number,
  isWord: boolean,
  upper: boolean,
  lower: boolean,
): Token {
  const c0 = t.charCodeAt(0)
  return {
    start,
    end: start + t.length,
    text: t,
    lower: upper ? t.toLowerCase() : t,
    isWord,
    isCap: c0 >= 65 && c0 <= 90,
    isUpper: upper && t.length >= 2 && !lower,
    hasUpper: upper,
    spaceBefore: start === 0 || isSpace(text.charCodeAt(start - 1)),
    isDomain: false,
  }
}

function token(text: string, t: string, start: number, isWord: boolean, isDomain: boolean): Token {
  const c0 = t.charCodeAt(0)
  const lower = t.toLowerCase()
  const isCap = isWord && isUpperChar(c0, t[0] as string)
  const hasUpper = isWord && (isCap || (t !== lower && UPPER.test(t)))
  return {
    start,
    end: start + t.length,
    text: t,
    lower,
    isWord,
    isCap,
    isUpper: hasUpper && t.length >= 2 && !hasLower(t),
    hasUpper,
    spaceBefore: start === 0 || isSpace(text.charCodeAt(start - 1)),
    isDomain,
  }
}
