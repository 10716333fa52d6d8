import type { Clause } from './clauses.js'
import { lastPersonBefore, quoteAt, type DocView, type SentenceView } from './doc-view.js'
import type { MentionGroup, Party } from './noun-groups.js'

/** Prepositions: a mention right after one is not a clause subject. */
export const PREPOSITIONS = new Set(
  (
    'in of from with against on to at for by about near over into toward towards between among under ' +
    'across through via like than including within without amid after before since during despite ' +
    'behind beyond upon as per'
  ).split(' '),
)
const PERSONAL = new Set(['he', 'she'])
const GROUP_PRONOUNS = new Set(['they', 'it'])
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our'])
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that'])
const COUNTRY_NOUNS = new Set(['country', 'republic', 'nation', 'state', 'neighbor', 'neighbour'])
// Openers of clauses whose missing subject is the subject of the clause they depend on.
const DEPENDENT = new Set(['that', ',ing', 'and', 'which', 'who', 'main', 'but', 'nor', 'while'])

/** Who fills a role: resolved parties, plus the group they came from (if named in the sentence). */
export interface Filler {
  readonly parties: readonly Party[]
  readonly group: MentionGroup | null
}

const NONE: Filler = { parties: [], group: null }
const some = (p: Party | null): Filler => (p?.code ? { parties: [p], group: null } : NONE)

/** Tracks pronoun antecedents across the document while sentences are coded in order. */
export class Antecedents {
  /** Last subject with a state or IGO code, for "it"/"they". */
  lastSubject: Party | null = null
  /** Subject of the sentence just coded, of any kind (a person included). */
  lastAny: Party | null = null
  /** Subject of the previous sentence, for a denial that names no earlier event. */
  previousSubject: Party | null = null
}

function topicParty(view: DocView): Party | null {
  return view.topic ? { code: view.topic, entity: null, kind: 'COUNTRY' } : null
}

/** True when `[from, to)` holds "the country" / "the former Soviet republic" (the document's topic). */
export function hasCountryNoun(sv: SentenceView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const tok = sv.tokens[i]
    if (
      tok &&
      COUNTRY_NOUNS.has(tok.lower) &&
      sv.tokens.slice(Math.max(from, i - 4), i).some((t) => ARTICLES.has(t.lower))
    )
      return true
  }
  return false
}

/** Resolves a pronoun token to a party: persons for he/she, the speaker for "we", the last subject for "it". */
export function resolvePronoun(
  view: DocView,
  sv: SentenceView,
  index: number,
  ante: Antecedents,
): Party | null {
  const tok = sv.tokens[index]
  if (!tok) return null
  if (PERSONAL.has(tok.lower)) return lastPersonBefore(view, tok.start)
  if (FIRST_PERSON.has(tok.lower)) return speakerParty(view, tok.start)
  if (GROUP_PRONOUNS.has(tok.lower)) return ante.lastSubject
  return null
}

/** The party of the speaker of the quote covering `at`. */
export function speakerParty(view: DocView, at: number): Party | null {
  const q = quoteAt(view, at)
  if (!q?.speaker) return null
  const e = view.entityById.get(q.speaker)
  const named = [...view.persons].reverse().find((p) => p.at < at && p.party.entity === q.speaker)
  if (named?.party.code) return named.party
  return e?.country ? { code: e.country, entity: e.id, kind: e.type } : null
}

/**
 * The subject of the clause holding token `head`: the leftmost mention group before it that is not
 * governed by a preposition, else a pronoun, else "the country" (the document's topic), else, for a
 * dependent clause, the subject of the clause it depends on.
 */
export function findSubject(
  view: DocView,
  sv: SentenceView,
  clauseIndex: number,
  head: number,
  ante: Antecedents,
): Filler {
  for (let k = clauseIndex; k >= 0; k--) {
    const clause = sv.clauses[k] as Clause
    const hi = k === clauseIndex ? head : clause.end
    for (const g of sv.groups) {
      if (g.first < clause.start || g.first >= hi) continue
      const before = sv.tokens[g.first - 1]
      if (before && PREPOSITIONS.has(before.lower)) continue
      const parties = g.parties.filter((p) => p.code)
      if (parties.length) return { parties, group: g }
    }
    for (let i = clause.start; i < hi; i++) {
      const lower = sv.tokens[i]?.lower ?? ''
      if (PERSONAL.has(lower) || GROUP_PRONOUNS.has(lower) || FIRST_PERSON.has(lower))
        return some(resolvePronoun(view, sv, i, ante))
    }
    if (hasCountryNoun(sv, clause.start, hi)) return some(topicParty(view))
    const quote = quoteAt(view, sv.tokens[head]?.start ?? 0)
    if (quote && (clause.opener === '"' || k === 0))
      return some(speakerParty(view, sv.tokens[head]?.start ?? 0))
    if (!DEPENDENT.has(clause.opener ?? '')) break
  }
  return NONE
}

/**
 * The object or target after `end` in the clause: the first mention group not introduced by "by"
 * (an agent). A "that" clause right after the trigger is searched too ("demanded that X …").
 */
export function findObject(sv: SentenceView, clauseIndex: number, end: number): Filler {
  const clause = sv.clauses[clauseIndex] as Clause
  let limit = clause.end
  const next = sv.clauses[clauseIndex + 1]
  if (next && next.start <= end + 1 && (next.opener === 'that' || next.opener === '"'))
    limit = next.end
  for (const g of sv.groups) {
    if (g.first < end || g.first >= limit) continue
    if (sv.tokens.slice(end, g.first).some((t) => t.text === ',' || t.text === ';')) break
    const before = sv.tokens[g.first - 1]
    if (before && (before.lower === 'by' || before.lower === 'according')) continue
    const parties = g.parties.filter((p) => p.code)
    if (parties.length) return { parties, group: g }
  }
  return NONE
}

/** The agent of a passive or nominal ("by X", "from X") in `[from, to)`. */
export function findAgent(
  sv: SentenceView,
  from: number,
  to: number,
  words: ReadonlySet<string>,
): Filler {
  for (const g of sv.groups) {
    if (g.first < from || g.first >= to) continue
    const before = sv.tokens[g.first - 1]
    if (!before || !words.has(before.lower)) continue
    const parties = g.parties.filter((p) => p.code)
    if (parties.length) return { parties, group: g }
  }
  return NONE
}

/** A state named later in the sentence that is not the actor (a recipient outside the clause). */
export function otherState(
  sv: SentenceView,
  from: number,
  actor: string | null,
  stop: number,
): Filler {
  for (const g of sv.groups) {
    if (g.first < from || g.first >= stop) continue
    const parties = g.parties.filter((p) => p.code && p.code !== actor)
    if (parties.length) return { parties, group: g }
  }
  return NONE
}

export { topicParty }
