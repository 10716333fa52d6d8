import { isTitleCase, type PageLine } from './classify-line.js'
import type { PageLexicon } from './page-lexicon.js'
import { keyLengthAtLeast, lineKey } from './line-key.js'
import { readNameList } from './read-names.js'

const norm = lineKey
const words = (s: string): number => (s.match(/\S+/gu) ?? []).length
// An all-caps section kicker glued before a headline ("KAZAKHSTAN-VOTE Ruling party wins …"): two or more
// caps words, or one long one; short acronyms ("UN", "NATO") are part of headlines.
const KICKER =
  /^(\p{Lu}[\p{Lu}\d'’.]*(?:(?:\s*[/–-]\s*|\s+)\p{Lu}[\p{Lu}\d'’.]*)*)\s+(?=\p{Lu}\p{Ll})/u

// A standfirst is a sentence-long summary, a headline rarely passes this many words.
const DEK_WORDS = 12
const CAPS_HEADLINE_WORDS = 5

function stripKicker(title: string): string {
  const m = KICKER.exec(title)
  if (!m) return title
  const kicker = m[1] ?? ''
  const rest = title.slice(m[0].length)
  const isKicker = /[\s/–-]/u.test(kicker) || kicker.replace(/[^\p{Lu}]/gu, '').length >= 6
  return isKicker && words(rest) >= 3 ? rest : title
}

function isCandidate(l: PageLine, lex: PageLexicon, afterDate = false): boolean {
  // An unlabelled byline ("A. Writer, B. Writer", or "A. Writer in Almaty" under the date stamp)
  // sits where a headline could.
  if (readNameList(l.text, lex, afterDate).length) return false
  // Mastheads and section labels are short capitals; a shouted headline has more words.
  if (l.caps && words(l.text) < CAPS_HEADLINE_WORDS) return false
  if (l.text.length > 200 || (words(l.text) < 3 && l.text.length < 20)) return false
  if (l.kind === 'heading') return !/:$/u.test(l.text)
  // A sentence-case question headline reads as prose; a headline never ends with a full stop.
  return l.kind === 'prose' && words(l.text) <= 30 && /[?!]["'”’]*$/u.test(l.text)
}

/** The headline and the line it came from. */
export interface PickedTitle {
  /** Headline, without an all-caps section kicker. */
  readonly title: string
  /** Index of its line. */
  readonly index: number
  /** The line as written. */
  readonly line: string
}

/**
 * The headline among the lines before the body: the candidate that is repeated on the page (or
 * ends the breadcrumb), sits next to the date or byline, and is the last one before the body;
 * candidates above a menu line are mastheads or taglines. Returns null when there is none.
 */
export function pickTitle(
  lines: readonly PageLine[],
  bodyStart: number,
  lex: PageLexicon,
): PickedTitle | null {
  const neighbour = (i: number, step: number): PageLine | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step)
      if (lines[j]!.kind !== 'blank') return lines[j]
    return undefined
  }
  let best: (PickedTitle & { score: number }) | null = null
  let lastCandidate = -1
  const candidate = (i: number): boolean =>
    isCandidate(lines[i]!, lex, neighbour(i, -1)?.kind === 'date')
  // How often each candidate's key occurs on the page; lines too long to carry any of these keys
  // are not keyed at all (most of the body).
  const seen = new Map<string, number>()
  let longest = -1
  for (let i = 0; i < bodyStart; i++) {
    if (!candidate(i)) continue
    lastCandidate = i
    const k = norm(lines[i]!.text)
    seen.set(k, 0)
    longest = Math.max(longest, k.length)
  }
  for (const l of lines) {
    for (const t of [l.text, l.crumbTail]) {
      // Only a line as short as a headline can repeat one.
      if (!t || t.length > 200 || keyLengthAtLeast(t) > longest) continue
      const k = norm(t)
      const n = seen.get(k)
      if (n !== undefined) seen.set(k, n + 1)
    }
  }
  for (let i = 0; i < bodyStart; i++) {
    const l = lines[i]!
    if (!candidate(i)) continue
    let score = 0
    if ((seen.get(norm(l.text)) ?? 0) > 1) score += 3
    const near = [neighbour(i, -1), neighbour(i, 1)]
    if (near.some((n) => n?.kind === 'date' || n?.kind === 'byline')) score += 2
    if (i === lastCandidate) score += 1
    if (isTitleCase(l.text)) score += 1
    if (l.caps) score -= 1
    // A much longer line right under another candidate is the standfirst, not the headline; a
    // short line above a headline is a masthead (golden: text-dek-and-stamps, text-wire-dateline).
    const above = neighbour(i, -1)
    const n = words(l.text)
    if (above && isCandidate(above, lex) && n >= DEK_WORDS && n >= 1.5 * words(above.text))
      score -= 3
    for (let j = i + 1; j < bodyStart; j++) {
      const k = lines[j]!.kind
      if (k === 'nav' || k === 'prompt') {
        score -= 2
        break
      }
    }
    if (!best || score > best.score)
      best = { title: stripKicker(l.text), index: i, line: l.text, score }
  }
  if (best) return { title: best.title, index: best.index, line: best.line }
  // No headline line: the breadcrumb trail may end with it ("Home › World › <headline>").
  for (let i = bodyStart - 1; i >= 0; i--) {
    const tail = lines[i]!.crumbTail
    if (tail) return { title: tail, index: i, line: tail }
  }
  return null
}
