import type { Sentence } from '../../core/model.js'

// Built once: a regex literal with \p{…} inside a function is rebuilt on every call once the
// build lowers it to `new RegExp` (esbuild does for Node targets; issue #8).
const WORD_BEFORE_DOT = /([\p{L}.]+)$/u
const ONE_CAPITAL = /^\p{Lu}$/u
// A boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then an
// upper-case letter, digit or opening quote. Global: `splitLine` rewinds it before each line.
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[\p{Lu}\p{N}])/gu

// Abbreviations after which a full stop does not end a sentence (lower case, without the dot).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep pres st jr sr vs etc inc ltd corp co ' +
    'no nos fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e approx dept est'
  ).split(' '),
)

/**
 * Splits clean text into sentences. Paragraphs (blank-line or line-break separated) never share a
 * sentence. Spans are half-open UTF-16 ranges into `text`, in order and non-overlapping.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let paragraph = 0
  const lineRe = /[^\n]+/g
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lineStart = m.index
    const line = m[0]
    if (!line.trim()) continue
    for (const [s, e] of splitLine(line)) {
      const span = trimSpan(text, lineStart + s, lineStart + e)
      if (span.end > span.start)
        out.push({ index: out.length, span, text: text.slice(span.start, span.end), paragraph })
    }
    paragraph++
  }
  return out
}

function splitLine(line: string): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let start = 0
  const re = BOUNDARY
  re.lastIndex = 0
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const punctEnd = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0)
    if (m[1] === '.' && isAbbreviation(line, m.index)) continue
    parts.push([start, punctEnd])
    start = punctEnd + (m[3]?.length ?? 0)
  }
  if (start < line.length) parts.push([start, line.length])
  return parts
}

function isAbbreviation(line: string, dotIndex: number): boolean {
  const before = WORD_BEFORE_DOT.exec(line.slice(Math.max(0, dotIndex - 12), dotIndex))
  if (!before?.[1]) return false
  const word = before[1].toLowerCase()
  // Single capital initials ("J. Smith") are not sentence ends.
  if (ONE_CAPITAL.test(before[1])) return true
  return ABBREVIATIONS.has(word)
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { start, end }
}
