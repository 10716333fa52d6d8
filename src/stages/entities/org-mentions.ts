import anyAscii from 'any-ascii'
import type { SentenceRange } from './affiliation.js'
import { orgAffiliation } from './chunk-parts.js'
import type { Lexicons } from './lexicons.js'
import { emptyAffiliation, type Affiliation, type RawMention } from './raw-mention.js'
import type { Token } from './tokenize.js'

/** Adds an organisation mention for tokens `[a, b)`, with the acronym it defines in parentheses. */
export function pushOrg(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
  aff: Affiliation,
  s: SentenceRange,
  out: RawMention[],
): void {
  let start = a
  // "The Moscow Times": the article belongs to the name of a newspaper (not to "the X channel").
  const head = lx.words.orgCues.get((tokens[b - 1] as Token).lower)
  if (head?.sector === 'MED' && tokens[a - 1]?.text === 'The') start = a - 1
  const acr = acronymAfter(tokens, b)
  if (acr) start = extendForAcronym(tokens, start, b, acr, s)
  const name = nameText(tokens, start, b)
  out.push({ kind: 'org', start, end: b, name, aff, known: null, acronym: acr })
}

// "(CPC)" right after a name defines its acronym.
function acronymAfter(tokens: readonly Token[], b: number): string | null {
  const [open, word, close] = [tokens[b], tokens[b + 1], tokens[b + 2]]
  return open?.text === '(' && word?.isUpper && close?.text === ')' ? word.text : null
}

// "the aral Grain Union (AGU)": lower-case words whose initials the acronym needs.
function extendForAcronym(
  tokens: readonly Token[],
  start: number,
  b: number,
  acr: string,
  s: SentenceRange,
): number {
  const initials = tokens.slice(start, b).filter((t) => t.isWord && t.isCap).length
  let need = acr.length - initials
  let k = start
  while (need > 0 && k - 1 >= s.start) {
    const t = tokens[k - 1] as Token
    if (!t.isWord || t.lower[0] !== acr[need - 1]?.toLowerCase()) break
    k--
    need--
  }
  return need === 0 ? k : start
}

/** "steppenews.kz", "Kyiv.news.ua": media outlets by their domain; a country code names the state. */
export function domainOrg(
  lx: Lexicons,
  tokens: readonly Token[],
  i: number,
  s: SentenceRange,
): RawMention {
  const t = tokens[i] as Token
  const aff = emptyAffiliation()
  aff.sector = 'MED'
  for (const part of t.lower.split('.').slice(1)) {
    const st = part.length === 2 ? lx.states.byTld.get(part) : undefined
    if (st) aff.country = st
  }
  const o = orgAffiliation(lx, tokens, i, i + 1, s)
  aff.country ??= o.country
  const known = lx.words.knownOrgs.matchAt(tokens, i, i + 1)?.value ?? null
  if (known) aff.country ??= known.country
  return { kind: 'org', start: i, end: i + 1, name: t.text, aff, known, acronym: null }
}

/** Text of tokens `[a, b)` with their original spacing. */
export const nameText = (tokens: readonly Token[], a: number, b: number): string =>
  tokens
    .slice(a, b)
    .map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text)
    .join('')

/** Normalised organisation name: ASCII, lower case, no leading "the", no punctuation. */
export const normOrg = (name: string): string =>
  anyAscii(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** "Collective Security Treaty Association" fits CSTO: same length, at most one initial differs. */
export function initialsFit(name: string, acronym: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
  if (initials.length !== acronym.length || initials[0] !== acronym[0]) return false
  let diff = 0
  for (let k = 0; k < acronym.length; k++) if (initials[k] !== acronym[k]) diff++
  return diff <= 1
}
