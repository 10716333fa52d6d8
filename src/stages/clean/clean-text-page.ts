import type { Diagnostic } from '../../core/diagnostics.js'
import { detectLanguage } from './detect-language.js'
import type { Cleaned } from './index.js'
import { classifyLine, isProse, type PageLine } from './text/classify-line.js'
import { dropRepeatedSentences } from './text/drop-repeated-sentences.js'
import { findBodyRuns, type LineRange } from './text/find-body-runs.js'
import { keyLengthAtLeast, lineKey } from './text/line-key.js'
import { pageLexicon, type PageLexicon } from './text/page-lexicon.js'
import { pickTitle } from './text/pick-title.js'
import { bioSubject, readPageMeta } from './text/read-page-meta.js'
import { readByline } from './text/read-names.js'
import { unwrapLines } from './text/unwrap-lines.js'

// Spaces that scraped pages carry (no-break, thin, narrow) read as plain spaces; zero-width
// characters and the byte-order mark are dropped.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu

const key = lineKey
// Most lines have single spaces only; the replace runs when there is something to fold.
const NEEDS_COLLAPSE = /[^\S ]| {2}/u
const collapse = (s: string): string =>
  (NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/gu, ' ') : s).trim()

// Markdown sources (.md): heading marks and a bold or italic wrapper around a whole line.
const MD_HEADING = /^#{1,6}\s+/u
const MD_WRAPPED = /^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1$/u
const stripMarkdown = (line: string): string =>
  line.replace(MD_HEADING, '').replace(MD_WRAPPED, '$2')

/** Splits content into trimmed lines with odd spaces normalised and hard wraps undone. */
function pageLines(content: string, lex: PageLexicon): string[] {
  const raw = content
    .replace(/\r\n?/gu, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .split('\n')
    .map((l) => stripMarkdown(l.trim()))
  const furniture = (line: string): boolean => {
    const lower = line.toLowerCase()
    return (
      lex.prompt.test(lower) ||
      lex.endOfArticle.test(lower) ||
      lex.caption.test(lower) ||
      lex.dates.isDateLine(line) ||
      readByline(line, lex) !== null
    )
  }
  return unwrapLines(raw, furniture)
}

/**
 * Prose lines of the body run, without author bios: a bio is a "X is a journalist…" line whose
 * subject is a byline author, follows a line naming just that person, or closes the run after
 * page furniture. Names found this way are added to `authors`.
 */
function bodyParagraphs(
  lines: readonly PageLine[],
  runs: readonly LineRange[],
  title: string | null,
  authors: string[],
  lex: PageLexicon,
): string[] {
  const titleKey = title ? key(title) : null
  const known = new Set(authors.map((a) => a.toLowerCase()))
  let lastProse = -1
  const inBody = (i: number): boolean => runs.some((r) => i >= r.start && i < r.end)
  const first = runs[0]?.start ?? 0
  const last = runs[runs.length - 1]?.end ?? 0
  for (let i = first; i < last; i++) if (inBody(i) && lines[i]!.kind === 'prose') lastProse = i
  const out: string[] = []
  for (let i = first; i < last; i++) {
    const l = lines[i]!
    if (!inBody(i)) continue
    if (l.kind !== 'prose') continue
    // (A line with more letters and digits than the title's key cannot have that key.)
    if (
      titleKey &&
      l.text.length <= 250 &&
      keyLengthAtLeast(l.text) <= titleKey.length &&
      key(l.text) === titleKey
    )
      continue
    const who = bioSubject(l.text, lex)
    if (who) {
      let p = i - 1
      while (p > first && lines[p]!.kind === 'blank') p--
      const prev = lines[p]
      const namedAbove = prev?.kind === 'heading' && key(prev.text) === key(who)
      const closesRun = i === lastProse && prev !== undefined && prev.kind !== 'prose'
      if (known.has(who.toLowerCase()) || namedAbove || closesRun) {
        // "Yerlan Dauletov" on its own line, then his bio: he wrote the piece (golden: text-opinion-name-bio).
        if (namedAbove && !known.has(who.toLowerCase())) authors.push(who)
        continue
      }
    }
    out.push(collapse(l.text))
  }
  return out
}

/**
 * Bio lines of the page's authors that are not part of the body: what they say of the author
 * (role, country) is metadata even though the line is furniture.
 */
function bioLines(
  lines: readonly PageLine[],
  authors: readonly string[],
  body: string,
  lex: PageLexicon,
): string[] {
  if (!authors.length) return []
  const names = new Set(authors.map((a) => a.toLowerCase()))
  const out: string[] = []
  for (const l of lines) {
    if (l.kind !== 'prose') continue
    const who = bioSubject(l.text, lex)
    // Collapsed only for an author's bio, not for every prose line (issue #8).
    if (!who || !names.has(who.toLowerCase())) continue
    const text = collapse(l.text)
    if (!body.includes(text)) out.push(text)
  }
  return out
}

/**
 * Cleans a scraped plain-text page: decides line by line what is article body and what is page
 * furniture (menus, prompts, comment forms, teasers, captions, bylines, bios, source lines), and
 * reads the headline, date, authors, publisher and origin it sees. A one-paragraph document is
 * kept whole. Idempotent: cleaning the returned text again returns it unchanged.
 * @example cleanTextPage('Home | World\n\nHeadline Here Today\n\nBy A. Writer\n\nThe body…').meta.title
 */
export function cleanTextPage(content: string): Cleaned {
  const lex = pageLexicon()
  const { dates } = lex
  const texts = pageLines(content, lex)
  const diagnostics: Diagnostic[] = []
  const nonBlank = texts.filter(Boolean)
  const lines = texts.map((t) => classifyLine(t, lex, dates))
  const runs = nonBlank.length > 1 ? findBodyRuns(lines) : []
  // Lines from the first body run to the end of the last; metadata is read around this span.
  const span = runs.length ? { start: runs[0]!.start, end: runs[runs.length - 1]!.end } : null
  const picked = span ? pickTitle(lines, span.start, lex) : null
  const meta = readPageMeta(lines, span, picked?.index ?? -1, lex, dates)
  let paragraphs: string[]
  if (nonBlank.length <= 1) paragraphs = nonBlank.map(collapse)
  else if (runs.length)
    paragraphs = bodyParagraphs(lines, runs, picked?.line ?? null, meta.authors, lex)
  else {
    // No line reads as prose: keep what is not furniture rather than return nothing.
    paragraphs = lines.filter((l) => l.kind === 'heading' && !l.caps).map((l) => collapse(l.text))
    diagnostics.push({
      severity: 'warning',
      ruleId: 'no-article-body',
      message: 'No line of this page reads as article prose; kept its non-menu lines as the body.',
    })
  }
  const repeats = dropRepeatedSentences(paragraphs.join('\n\n'), isProse)
  if (repeats.dropped)
    diagnostics.push({
      severity: 'info',
      ruleId: 'repeated-sentence',
      message: `Removed ${String(repeats.dropped)} repeated sentence(s) or paragraph(s) from the body.`,
    })
  const language = detectLanguage(repeats.text).code
  const authorNotes = bioLines(lines, meta.authors, repeats.text, lex)
  return {
    text: repeats.text,
    meta: {
      title: picked?.title ?? null,
      ...meta,
      language,
      url: null,
      ...(authorNotes.length ? { authorNotes } : {}),
    },
    diagnostics,
  }
}
