import { readFileSync } from 'node:fs'

/** Compiled signals of the scraped text-page cleaner (see `../data/text-page.json`). */
export interface PageLexicon {
  /** Section labels and notices after which the article has ended (comments, copyright, source). */
  readonly endOfArticle: RegExp
  /** Web UI prompts and notices (subscribe, share, cookies, ad blockers, tag lists…). */
  readonly prompt: RegExp
  /** Photo/image caption markers. */
  readonly caption: RegExp
  /** Byline label followed by names: `By X`, `Written by X`, `Author: X` (group 1 = names). */
  readonly byline: RegExp
  /** Words that make a "X is a …" line an author bio. */
  readonly bioRole: RegExp
  /** Month name or abbreviation (lower case) → 1-12. */
  readonly months: ReadonlyMap<string, number>
  /** Lower-case particles allowed inside personal names (`van`, `al`). */
  readonly nameParticles: ReadonlySet<string>
}

interface LexiconFile {
  readonly endOfArticle: readonly string[]
  readonly prompts: readonly string[]
  readonly captions: readonly string[]
  readonly bylineLabels: readonly string[]
  readonly bioRoles: readonly string[]
  readonly months: Readonly<Record<string, number>>
  readonly nameParticles: readonly string[]
}

const anyOf = (xs: readonly string[]): RegExp =>
  new RegExp(xs.map((x) => `(?:${x})`).join('|'), 'iu')
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

let cached: PageLexicon | undefined

/** Loads and compiles the lexicon once per process; a malformed file throws at start. */
export function pageLexicon(): PageLexicon {
  if (cached) return cached
  const file = JSON.parse(
    readFileSync(new URL('../data/text-page.json', import.meta.url), 'utf8'),
  ) as LexiconFile
  const labels = [...file.bylineLabels].sort((a, b) => b.length - a.length).map(escape)
  cached = {
    endOfArticle: anyOf(file.endOfArticle),
    prompt: anyOf(file.prompts),
    caption: anyOf(file.captions),
    // "By X" needs the space; "Author: X" needs the colon, so "Author Name" alone is not a byline.
    byline: new RegExp(`^(?:${labels.join('|')})(?:\\s*:\\s*|\\s+)(\\S.*)$`, 'iu'),
    bioRole: new RegExp(`\\b(?:${file.bioRoles.map(escape).join('|')})`, 'iu'),
    months: new Map(Object.entries(file.months)),
    nameParticles: new Set(file.nameParticles),
  }
  return cached
}
