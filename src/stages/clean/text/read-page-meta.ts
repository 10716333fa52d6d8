import type { PageLine } from './classify-line.js'
import type { LineRange } from './find-body-runs.js'
import type { PageLexicon } from './page-lexicon.js'
import type { DateFinder } from './parse-date.js'
import { bylineOutlet, isName, readByline, readNameList, readNames } from './read-names.js'

/** Metadata read from the lines around the body. */
export interface PageMeta {
  readonly published: string | null
  readonly authors: string[]
  readonly publisher: string | null
  readonly origin: string | null
}

const BIO =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s+(?:is|was|has|covers|writes|reports|works|joined)\b/u
const PUBLISHED_LABEL = /\b(?:published|posted|first published)\b/iu
const BY = /\bby\s+(\p{Lu}.*)$/u
const COPYRIGHT = /©|\(c\)|copyright/iu
const ORIGIN =
  /^(?:source|sources|original source|via|(?:this (?:\p{Ll}+ ){1,2})?(?:was |is |has been )?(?:originally|first) (?:appeared|published|ran|posted)(?: (?:on|in|by|at))?)\s*:?\s*(?:the\s+)?(.*)$/iu

// A wire dateline opening the first paragraph: "ASTANA, 22 September 2024 – The …".
const DATELINE =
  /^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*\p{Lu}[\p{Lu}\s.'’-]+)?,\s*([^–—]{6,40}?)\s*(?:\([^)]*\)\s*)?[–—-]\s/u

/** Date from the dateline of the first body line, for pages with no date stamp. */
function datelineDate(
  lines: readonly PageLine[],
  body: LineRange | null,
  dates: DateFinder,
): string | null {
  if (!body) return null
  const first = lines.slice(body.start, body.end).find((l) => l.kind === 'prose')
  const m = first ? DATELINE.exec(first.text) : null
  return m ? (dates.find(m[1] ?? '')?.iso ?? null) : null
}

/** Subject of an author bio line ("X is a journalist covering …"), or null. */
export function bioSubject(text: string, lex: PageLexicon): string | null {
  if (text.length > 400) return null
  const m = BIO.exec(text)
  if (!m || !lex.bioRole.test(text.slice(m[0].length, m[0].length + 120))) return null
  const name = m[1] ?? ''
  return isName(name, lex, 2) ? name : null
}

/** First sentence-ish chunk of a credit line, trimmed of punctuation: "X. Additional …" → "X". */
function firstChunk(s: string): string {
  const head = s.split(/(?<!\b\p{Lu})\.\s+|,\s+|\s+[|–—]\s+|\s{3,}/u)[0] ?? ''
  return head.replace(/[.:;,\s]+$/u, '').trim()
}

function publisherOf(text: string): string | null {
  if (!COPYRIGHT.test(text)) return null
  const cleaned = text
    .replace(/all rights reserved\.?/giu, ' ')
    .replace(/powered by .*$/iu, ' ')
    .replace(/©|\(c\)|copyright/giu, ' ')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  const name = firstChunk(cleaned)
  return name && name.split(' ').length <= 6 && /^\p{Lu}/u.test(name) ? name : null
}

function originOf(text: string): string | null {
  const m = ORIGIN.exec(text)
  if (!m) return null
  const name = firstChunk(m[1] ?? '')
  // "Source link" and a bare "Source" name nothing: the link itself was lost in scraping.
  return name && !/^link$/iu.test(name) && /^\p{Lu}/u.test(name) ? name : null
}

// Whether the line before `i` (blank lines skipped) is a date stamp.
function afterDate(lines: readonly PageLine[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.kind !== 'blank') return lines[j]!.kind === 'date'
  return false
}

function pushNames(into: string[], names: readonly string[]): void {
  for (const n of names) if (!into.some((x) => x.toLowerCase() === n.toLowerCase())) into.push(n)
}

/**
 * Published date, authors, publisher and origin from the lines outside the body. A date before the
 * body wins over one after it, and a published stamp over an "updated" one.
 */
export function readPageMeta(
  lines: readonly PageLine[],
  body: LineRange | null,
  titleIndex: number,
  lex: PageLexicon,
  dates: DateFinder,
): PageMeta {
  const start = body?.start ?? lines.length
  const outside = lines
    .map((l, i) => ({ l, i }))
    .filter(({ i }) => !body || i < body.start || i >= body.end)
  // Date stamps outside the body; the published one nearest the headline wins, so a dated teaser
  // list above the article does not (golden: text-wire-teasers).
  const stamps: { iso: string; at: number; updated: boolean }[] = []
  for (const { l, i } of outside) {
    if (l.kind !== 'date' && l.kind !== 'byline') continue
    // "Updated: … | Published: …": read the date after the published label.
    const label = PUBLISHED_LABEL.exec(l.text)
    let found = dates.find(label ? l.text.slice(label.index) : l.text)
    // "Date:" alone: the value sits on the next line.
    const next = lines.slice(i + 1, i + 3).find((x) => x.kind !== 'blank')
    if (!found && l.kind === 'date' && next && next.text.length <= 100)
      found = dates.find(next.text)
    if (found)
      stamps.push({ iso: found.iso, at: i, updated: !label && /updated|modified/iu.test(l.text) })
  }
  const anchor = titleIndex >= 0 ? titleIndex : start
  const rank = (x: { at: number; updated: boolean }): number =>
    (x.updated ? 2 : 0) + (x.at > start ? 1 : 0) + Math.abs(x.at - anchor) / (lines.length + 1)
  const published =
    stamps.sort((a, b) => rank(a) - rank(b))[0]?.iso ?? datelineDate(lines, body, dates)
  const authors: string[] = []
  let publisher: string | null = null
  let origin: string | null = null
  for (const [i, l] of lines.entries()) {
    if (l.kind === 'byline') {
      pushNames(authors, l.names)
      origin ??= bylineOutlet(l.text, lex)
    }
    // "Posted on 3 May 2024 by A. Writer": a date stamp that carries the byline.
    else if (l.kind === 'date' && BY.test(l.text))
      pushNames(authors, readNames(BY.exec(l.text)?.[1] ?? '', lex))
    // "Author: A. Writer | 3 May 2024": a byline and a date stamp on one line.
    else if (l.kind === 'date')
      pushNames(authors, readByline(l.text.split(/\s+[|•·]\s+/u)[0] ?? '', lex) ?? [])
    // An unlabelled name line between the headline and the body is a byline.
    else if (l.kind === 'heading' && i > titleIndex && titleIndex >= 0 && i < start)
      pushNames(authors, readNameList(l.text, lex, afterDate(lines, i)))
    else if (l.kind === 'end') {
      publisher ??= publisherOf(l.text)
      origin ??= originOf(l.text)
    }
  }
  // No byline at all: an author bio after the body names the author.
  if (!authors.length && body)
    for (const { l, i } of outside) {
      const who = i >= body.end && l.kind === 'prose' ? bioSubject(l.text, lex) : null
      if (who) pushNames(authors, [who])
    }
  // Still none: a line holding only a name right under the body signs the piece.
  if (!authors.length && body) {
    const sign = lines.slice(body.end).find((l) => l.kind !== 'blank')
    if (sign?.kind === 'heading') pushNames(authors, readNameList(sign.text, lex))
  }
  return { published, authors, publisher, origin }
}
