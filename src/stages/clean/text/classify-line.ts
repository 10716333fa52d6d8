import type { DateFinder } from './parse-date.js'
import type { PageLexicon } from './page-lexicon.js'
import { readByline } from './read-names.js'

// Built once: a regex literal with \p{…} inside a function is rebuilt on every call once the
// build lowers it to `new RegExp` (esbuild does for Node targets; issue #8).
const CAPITAL_START = /^\p{Lu}/u
const LETTER = /\p{L}/u
const LOWER = /\p{Ll}/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * What one line of a scraped page is. Only `prose` can become body text; `end` marks a section
 * after which the article is over (comments, copyright, source line).
 */
export type LineKind =
  | 'blank'
  | 'rule'
  | 'end'
  | 'prompt'
  | 'nav'
  | 'caption'
  | 'date'
  | 'byline'
  | 'link'
  | 'prose'
  | 'heading'

/** One classified line. */
export interface PageLine {
  /** Trimmed line, inner runs of spaces kept (they separate menu items). */
  readonly text: string
  readonly kind: LineKind
  /** All letters upper case (a masthead or a shouted section label). */
  readonly caps: boolean
  /** Names read from a byline line. */
  readonly names: readonly string[]
  /** Last item of a breadcrumb trail ("Home » World » <headline>"). */
  readonly crumbTail: string | null
}

const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/u
const ENDS_STATEMENT = /[.…]["'”’»)\]]*$/u
const INNER_BREAK = /[\p{Ll}\p{N}%)][.!?…]["'”’)]?\s+["“‘(]?\p{Lu}/u
// A full stop inside the line: a question mark may also split a two-part headline ("Will X
// happen? Five questions after Y"), which is not a paragraph cut short.
const INNER_STOP = /[\p{Ll}\p{N}%)][.…]["'”’)]?\s+["“‘(]?\p{Lu}/u
const NAV_SPLIT = /\s*(?:\||·|•|::)\s*|\s{3,}|\t+/u
const CRUMB_SPLIT = /\s*(?:»|›|\s>\s|\s\/\s)\s*/u
const BRACKET_MENU = /^(?:\[[^\]]{1,40}\]\s*){2,}$/u
const BULLET = /^(?:[•·*»›>+]|[-–—](?=\s))\s*/u
const DATE_LABEL = /^(?:date|published|posted|updated|last updated)(?:\s+on)?\s*:?$/iu
const MAX_SHORT = 200

/** Whitespace-separated words, counted without allocating them (this runs on every line). */
function wordCount(s: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const space = c === 32 || c === 9 || c === 10 || c === 13
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** True when most longer words after the first are capitalised ("A Chilling Signal or …"). */
export function isTitleCase(text: string): boolean {
  const words = (text.match(/[\p{L}’'-]{4,}/gu) ?? []).slice(1)
  if (words.length < 2) return false
  const caps = words.filter((w) => CAPITAL_START.test(w)).length
  return caps / words.length >= 0.75
}

/** True when a line reads as article prose: a full sentence, several, or a long paragraph. */
export function isProse(text: string): boolean {
  const words = wordCount(text)
  if (text.length > MAX_SHORT || words >= 22) return true
  const titleCase = isTitleCase(text)
  const inner = INNER_BREAK.test(text)
  // A short statement ("The ministry declined to comment.") is body; a headline may end in "?"
  // or "!", but in title case it is still a headline (golden: text-us-slash-date).
  if (ENDS_STATEMENT.test(text) && words >= 4) return true
  if (ENDS_SENTENCE.test(text) && words >= 6) return inner || !titleCase
  // A paragraph cut mid-sentence by the scraper still holds a finished sentence.
  return INNER_STOP.test(text) && words >= 8 && !titleCase
}

// Share of words that must be section names for a space-separated line to be a menu.
const MENU_SHARE = 0.6

function navOf(text: string, lex: PageLexicon): { nav: boolean; crumbTail: string | null } {
  if (BRACKET_MENU.test(text)) return { nav: true, crumbTail: null }
  // "Main Politics Economy Society World": a menu flattened to single spaces.
  const bare = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (
    bare.length >= 3 &&
    bare.filter((w) => lex.sectionNames.has(w)).length >= MENU_SHARE * bare.length
  )
    return { nav: true, crumbTail: null }
  const items = text.split(NAV_SPLIT).filter(Boolean)
  if (items.length >= 3 && items.every((i) => wordCount(i) <= 5 && !ENDS_SENTENCE.test(i)))
    return { nav: true, crumbTail: null }
  const crumbs = text.split(CRUMB_SPLIT).filter(Boolean)
  if (crumbs.length < 2 || ENDS_STATEMENT.test(text)) return { nav: false, crumbTail: null }
  const last = crumbs[crumbs.length - 1] ?? ''
  const leadShort = crumbs.slice(0, -1).every((c) => wordCount(c) <= 3)
  if (!leadShort || (crumbs.length === 2 && wordCount(last) > 4))
    return { nav: false, crumbTail: null }
  return { nav: true, crumbTail: wordCount(last) >= 3 ? last : null }
}

/** Classifies one trimmed line from its own wording and shape (no page context). */
export function classifyLine(text: string, lex: PageLexicon, dates: DateFinder): PageLine {
  const line = (kind: LineKind, extra: Partial<PageLine> = {}): PageLine => ({
    text,
    kind,
    caps: LETTER.test(text) && !LOWER.test(text),
    names: [],
    crumbTail: null,
    ...extra,
  })
  if (!text) return line('blank')
  if (!LETTER_OR_DIGIT.test(text)) return line('rule')
  const short = text.length <= MAX_SHORT
  const lower = text.toLowerCase()
  if (short && lex.endOfArticle.test(lower)) return line('end')
  if (DATE_LABEL.test(text) || dates.isDateLine(text)) return line('date')
  if (short && lex.prompt.test(lower)) return line('prompt')
  if (short) {
    const { nav, crumbTail } = navOf(text, lex)
    if (nav) return line('nav', { crumbTail })
  }
  if (text.length <= 300 && lex.caption.test(lower)) return line('caption')
  if (short) {
    const names = readByline(text.split(/\s+\|\s+/u)[0] ?? text, lex)
    if (names) return line('byline', { names })
  }
  const bullet = BULLET.exec(text)
  if (bullet && !isProse(text.slice(bullet[0].length))) return line('link')
  return line(isProse(text) ? 'prose' : 'heading')
}
