import { readFileSync } from 'node:fs'
import { dateFinder, type DateFinder } from './parse-date.js'

/** Tests one lower-cased line against a list of patterns. */
export interface LineMatcher {
  test(line: string): boolean
}

/** Compiled signals of the scraped text-page cleaner (see `../data/text-page.json`). */
export interface PageLexicon {
  /**
   * Section labels and notices after which the article has ended (comments, copyright, source).
   * This and `prompt` and `caption` are tested against the lower-cased line.
   */
  readonly endOfArticle: LineMatcher
  /** Web UI prompts and notices (subscribe, share, cookies, ad blockers, tag lists…). */
  readonly prompt: LineMatcher
  /** Photo/image caption markers. */
  readonly caption: LineMatcher
  /** Byline label followed by names: `By X`, `Written by X`, `Author: X` (group 1 = names). */
  readonly byline: RegExp
  /** Words that make a "X is a …" line an author bio. */
  readonly bioRole: RegExp
  /** Month name or abbreviation (lower case) → 1-12. */
  readonly months: ReadonlyMap<string, number>
  /** Date reader built from `months`. */
  readonly dates: DateFinder
  /** Lower-case particles allowed inside personal names (`van`, `al`). */
  readonly nameParticles: ReadonlySet<string>
  /** Lower-case names of site sections (`politics`, `sport`): a line of them is a menu. */
  readonly sectionNames: ReadonlySet<string>
}

interface LexiconFile {
  readonly endOfArticle: readonly string[]
  readonly prompts: readonly string[]
  readonly captions: readonly string[]
  readonly bylineLabels: readonly string[]
  readonly bioRoles: readonly string[]
  readonly months: Readonly<Record<string, number>>
  readonly nameParticles: readonly string[]
  readonly sectionNames: readonly string[]
}

/** Splits a pattern at its top-level `|` (outside groups, classes and escapes). */
function alternatives(pattern: string): string[] {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i))
      from = i + 1
    }
  }
  out.push(pattern.slice(from))
  return out
}

/**
 * One matcher for a list of patterns, tested against lower-cased lines (case-insensitive Unicode
 * regexes are several times slower). Alternatives anchored at the line start go into one anchored
 * regex, which fails at once on most lines; the others are scanned only when it fails.
 */
function anyOf(patterns: readonly string[]): LineMatcher {
  const alts = patterns.flatMap(alternatives)
  const anchored = alts.filter((a) => a.startsWith('^')).map((a) => `(?:${a.slice(1)})`)
  const anywhere = alts.filter((a) => !a.startsWith('^')).map((a) => `(?:${a})`)
  const start = new RegExp(`^(?:${anchored.join('|') || '(?!)'})`)
  const rest = new RegExp(anywhere.join('|') || '(?!)')
  return { test: (line) => start.test(line) || rest.test(line) }
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

let cached: PageLexicon | undefined

/** Loads and compiles the lexicon once per process; a malformed file throws at start. */
export function pageLexicon(): PageLexicon {
  if (cached) return cached
  const file = JSON.parse(
    readFileSync(new URL('../data/text-page.json', import.meta.url), 'utf8'),
  ) as LexiconFile
  const months = new Map(Object.entries(file.months))
  const labels = [...file.bylineLabels].sort((a, b) => b.length - a.length).map(escape)
  cached = {
    endOfArticle: anyOf(file.endOfArticle),
    prompt: anyOf(file.prompts),
    caption: anyOf(file.captions),
    // "By X" needs the space; "Author: X" needs the colon, so "Author Name" alone is not a byline.
    byline: new RegExp(`^(?:${labels.join('|')})(?:\\s*:\\s*|\\s+)(\\S.*)$`, 'iu'),
    bioRole: new RegExp(`\\b(?:${file.bioRoles.map(escape).join('|')})`, 'iu'),
    months,
    dates: dateFinder(months),
    nameParticles: new Set(file.nameParticles),
    sectionNames: new Set(file.sectionNames),
  }
  return cached
}
