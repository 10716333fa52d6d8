import type { PageLexicon } from './page-lexicon.js'

// A name token: Capitalised word (hyphens, apostrophes, initials) or an all-caps short form.
const TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u
const NOT_NAME =
  /^(?:the|a|an|and|or|of|for|in|on|at|to|with|from|this|that|staff|updated|published|posted|comments?|min|read|share|follow|email|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu
// Place or time after a byline: "in Yerevan", "at 09:14", "| 7 min read", "- 3 hours ago".
// "on November 22, 2026 at 2:05 pm": a date with a month name.
const BYLINE_TAIL =
  /\s+(?:(?:in|at|from|on)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|\d.*)|(?:on|at)\s+\p{Lu}\p{Ll}+\.?\s+\d.*)$/u
// A news agency or outlet credited after the author ("By X, Associated Press"), not an author.
const OUTLET =
  /\b(?:press|news|agency|wire|service|times|post|radio|television|tv|reuters|afp|bbc|courier|ledger|monitor|review|daily|weekly|herald|gazette|tribune|observer|journal|chronicle|bulletin|express|telegraph|insider|digest|dispatch|media|magazine|network|broadcasting|online)\b/iu

/** True when `s` reads as one personal or desk name ("Aigerim Sultanova", "Night Editor"). */
export function isName(s: string, lex: PageLexicon, minTokens = 1): boolean {
  const tokens = s.split(/\s+/).filter(Boolean)
  if (tokens.length < minTokens || tokens.length > 5) return false
  let caps = 0
  for (const t of tokens) {
    if (lex.nameParticles.has(t.toLowerCase())) continue
    if (!TOKEN.test(t) || NOT_NAME.test(t) || /\d/.test(t)) return false
    caps++
  }
  return caps >= 1 && (tokens.length > 1 || (tokens[0]?.length ?? 0) >= 3)
}

/**
 * Names in a byline body ("Olga Brenner, Senior Eurasia Analyst", "A and B", "A, B & C").
 * The first part is the name even if it holds a role word ("Night Editor"); later comma parts that
 * hold a role word are the first author's title, not more authors.
 */
export function readNames(text: string, lex: PageLexicon): string[] {
  const parts = bylineParts(text)
  const names: string[] = []
  for (const [i, part] of parts.entries()) {
    if (i > 0 && (lex.bioRole.test(part) || OUTLET.test(part))) continue
    if (isName(part, lex)) names.push(properCase(part))
    else if (i === 0) return []
  }
  return names
}

// The comma- or "and"-separated parts of a byline body, its place and time tail cut off.
function bylineParts(text: string): string[] {
  const head = (
    text.split(/\s*;\s*|\s+[|•·]\s+|\s{3,}|(?<!\b\p{Lu})\.\s+|\s+[-–—]\s+/u)[0] ?? ''
  ).replace(BYLINE_TAIL, '')
  return head
    .split(/\s*,\s*|\s+(?:and|&)\s+/iu)
    .map((p) => p.trim().replace(/[.,;:]+$/u, ''))
    .filter(Boolean)
}

/**
 * The outlet a byline credits after its authors ("By X, Baltic Wire" → "Baltic Wire"), or null:
 * where the report comes from, for telling copies of one report from independent ones.
 */
export function bylineOutlet(line: string, lex: PageLexicon): string | null {
  const m = lex.byline.exec(line)
  if (!m) return null
  const parts = bylineParts(m[1] ?? '')
  return parts.find((p, i) => i > 0 && OUTLET.test(p) && /^\p{Lu}/u.test(p)) ?? null
}

/** "ASEL NURPEISOVA" → "Asel Nurpeisova": a shouted byline name, written as a name. */
function properCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
}

/** Byline names of `line` ("By X", "Written by X and Y", "Author: X"), or null if not a byline. */
export function readByline(line: string, lex: PageLexicon): string[] | null {
  const m = lex.byline.exec(line)
  if (!m) return /^(?:by|author|written by)\s*:?$/iu.test(line) ? [] : null
  const rest = m[1] ?? ''
  const names = readNames(rest, lex)
  if (names.length) return names
  // "By The Associated Press", "By Staff Reporters": a credit line without a personal name.
  const credit = rest.split(/\s+/u)
  return credit.length <= 5 &&
    credit.every((w) => /^\p{Lu}/u.test(w) || lex.nameParticles.has(w)) &&
    !/[.!?]$/u.test(rest)
    ? []
    : null
}

/**
 * A line that only lists names ("Kirill Zaitsev, Aliya Nurpeisova"): an unlabelled byline.
 * Each name needs two tokens so that a section label ("World News") is less likely to pass. With
 * `filedFrom`, the line may end with the place it was filed from.
 */
export function readNameList(line: string, lex: PageLexicon, filedFrom = false): string[] {
  if (line.length > 120 || /[.!?:]$/u.test(line)) return []
  // "Asel Nurpeisova in Almaty" under a date stamp: the place a reporter files from is no name.
  // Only there: elsewhere "Talks Stall in Geneva" is a headline.
  const parts = (filedFrom ? line.replace(BYLINE_TAIL, '') : line)
    .split(/\s*,\s*|\s+(?:and|&)\s+/iu)
    .filter(Boolean)
  if (!parts.every((p) => isName(p, lex, 2) && !lex.bioRole.test(p))) return []
  return parts
}
