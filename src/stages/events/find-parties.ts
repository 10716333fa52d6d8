import { firstFiniteVerb, type Clause } from './clauses.js'
import { lastPersonBefore, quoteAt, type DocView, type SentenceView } from './doc-view.js'
import { gerundObject } from './gerunds.js'
import type { MentionGroup, Party } from './noun-groups.js'

/** Prepositions: a mention right after one is not a clause subject. */
export const PREPOSITIONS = new Set(
  (
    'in of from with against on to at for by about near over into toward towards between among under ' +
    'across through via like than including within without amid after before since during despite ' +
    'behind beyond upon as per around'
  ).split(' '),
)
const MAX_OBJECT_DISTANCE = 10
const REPORTING_AFTER =
  /^(said|says|say|told|tells|added|adds|stated|noted|claimed|claims|wrote|warned)$/
const PERSONAL = new Set(['he', 'she'])
const GROUP_PRONOUNS = new Set(['they', 'it'])
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her'])
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our'])
/** Articles and demonstratives that may open a noun phrase. */
export const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that'])
const COUNTRY_NOUNS = new Set(['country', 'republic', 'nation', 'state', 'neighbor', 'neighbour'])
const BODY_NOUNS = new Set(['ministry', 'government', 'cabinet', 'embassy', 'foreign'])
// Openers of clauses whose missing subject is the subject of the clause they depend on.
const DEPENDENT = new Set([
  'that',
  ',ing',
  'and',
  'which',
  'who',
  'main',
  'but',
  'nor',
  'while',
  'before',
  'after',
  'when',
  'as',
])

/** Who fills a role: resolved parties, plus the group they came from (if named in the sentence). */
export interface Filler {
  readonly parties: readonly Party[]
  readonly group: MentionGroup | null
}

/** No party found. */
export const NONE: Filler = { parties: [], group: null }
const some = (p: Party | null): Filler => (p?.code ? { parties: [p], group: null } : NONE)

/** Tracks pronoun antecedents across the document while sentences are coded in order. */
export class Antecedents {
  /** Last subject with a state or IGO code, for "it"/"they". */
  lastSubject: Party | null = null
  /** Subject of the sentence just coded, of any kind (a person included). */
  lastAny: Party | null = null
  /** Subject of the previous sentence, for a denial that names no earlier event. */
  previousSubject: Party | null = null
  /** Actor and counterpart of the last event between two states, for "the two leaders". */
  lastPair: readonly [Party, Party] | null = null
}

/** The document's topic state as a party ("the country"). */
export function topicParty(view: DocView): Party | null {
  return view.topic ? { code: view.topic, entity: null, kind: 'COUNTRY' } : null
}

/** True when `[from, to)` holds "the country" / "the former Soviet republic" (the document's topic). */
export function hasCountryNoun(sv: SentenceView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const tok = sv.tokens[i]
    if (!tok || !COUNTRY_NOUNS.has(tok.lower)) continue
    if (sv.tokens.slice(Math.max(from, i - 4), i).some((t) => ARTICLES.has(t.lower))) return true
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
  const named = [...view.persons].reverse().find((p) => p.at < at && p.party.entity === q.speaker)
  if (named?.party.code) return named.party
  const e = view.entityById.get(q.speaker)
  return e?.country ? { code: e.country, entity: e.id, kind: e.type } : null
}

/** The coded parties of a group; a state named again is not its own counterpart, its people may be. */
export const usable = (g: MentionGroup, not: string | null): Party[] =>
  g.parties.filter(
    (p) => p.code && (p.code !== not || p.kind === 'PERSON' || p.kind === 'ORG' || g.adjectival),
  )

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
  const at = sv.tokens[head]?.start ?? 0
  // "X abstained in the vote that condemned Y, and it refrained …": a coordinated clause shares
  // the subject of the clause it is joined to, not of a relative clause in between.
  // "The ministry, which might be dissolved, accused …": the resumed main clause likewise.
  const coordinated = /^(and|but|main)$/.test(sv.clauses[clauseIndex]?.opener ?? '')
  for (let k = clauseIndex; k >= 0; k--) {
    const clause = sv.clauses[k] as Clause
    if (coordinated && k < clauseIndex && SKIPPED.has(clause.opener ?? '')) continue
    const hi = k === clauseIndex ? head : clause.end
    // In a clause this one depends on, a group after that clause's verb is its object.
    let verbAt = -1
    // The first subject-like item wins: a group not after a preposition, or a pronoun.
    const group = sv.groups.find((g) => {
      if (g.first < clause.start || g.first >= hi || !usable(g, null).length) return false
      // "The pro-Iranian militia …": an allegiance heading the subject does not make it that state's.
      const head = g.first === clause.start || ARTICLES.has(sv.tokens[g.first - 1]?.lower ?? '')
      if (g.allegiance && head) return false
      if (k < clauseIndex) {
        if (verbAt < 0) verbAt = firstFiniteVerb(sv.tokens, clause.start, hi)
        if (g.first > verbAt) return false
      }
      const before = sv.tokens[g.first - 1]
      return !(before && PREPOSITIONS.has(before.lower)) && !isSource(sv, g.first)
    })
    const limit = group ? group.first : hi
    for (let i = clause.start; i < limit; i++) {
      const lower = sv.tokens[i]?.lower ?? ''
      if (!(PERSONAL.has(lower) || GROUP_PRONOUNS.has(lower) || FIRST_PERSON.has(lower))) continue
      // "Nigeria announced that it will …": "it"/"they" in reported speech is the speaker.
      if (GROUP_PRONOUNS.has(lower) && k > 0 && (clause.opener === 'that' || i > clause.start)) {
        const matrix = findSubject(view, sv, clause.opener === 'that' ? k - 1 : k, i, ante)
        if (matrix.parties.length) return matrix
      }
      return some(resolvePronoun(view, sv, i, ante))
    }
    if (group) return { parties: usable(group, null), group }
    if (k === clauseIndex) {
      const named = relativeAntecedent(sv, clause, head)
      if (named) return named
    }
    if (hasCountryNoun(sv, clause.start, hi)) return some(topicParty(view))
    // "Security forces in Guinea …", "authorities in Croatia …": the state the subject belongs to.
    if (k === clauseIndex) {
      const inner = sv.groups.find(
        (g) => g.first >= clause.start && g.first < hi && usable(g, null).length,
      )
      if (inner && /^(in|of|from|for|near)$/.test(sv.tokens[inner.first - 1]?.lower ?? ''))
        return { parties: usable(inner, null), group: inner }
    }
    // "The ministry, which …, accused …": a state body named again by its common noun is the
    // state of the last subject, as "it" would be.
    if (k === 0 && BODY_NOUNS.has(sv.tokens[clause.start + 1]?.lower ?? '') && !group)
      if (sv.tokens[clause.start]?.lower === 'the') return some(ante.lastSubject)
    if (quoteAt(view, at) && (clause.opener === '"' || k === 0)) return some(speakerParty(view, at))
    if (!DEPENDENT.has(clause.opener ?? '')) break
  }
  return NONE
}

// "According to the Interfax agency, …": the source of the sentence is not its subject.
function isSource(sv: SentenceView, first: number): boolean {
  let i = first - 1
  if (ARTICLES.has(sv.tokens[i]?.lower ?? '')) i--
  return sv.tokens[i]?.lower === 'to' && sv.tokens[i - 1]?.lower === 'according'
}

/** Where the object search of a trigger stops: its clause, or a "that" clause right after it. */
const SHORT_QUOTE = 5

function objectLimit(sv: SentenceView, clauseIndex: number, from: number): number {
  const clause = sv.clauses[clauseIndex] as Clause
  const next = sv.clauses[clauseIndex + 1]
  if (next && next.start <= from + 1 && (next.opener === 'that' || next.opener === '"')) {
    // 'threatened to "deal with" Kazakh officials': a quoted verb phrase of a few words leaves its
    // object after the closing quote.
    const after = sv.clauses[clauseIndex + 2]
    const short = next.opener === '"' && next.end - next.start <= SHORT_QUOTE
    return short && (after?.opener === 'end-quote' || after?.opener === '"') ? after.end : next.end
  }
  return clause.end
}

/**
 * The object or target after token `from` in the clause: the first mention group not introduced by
 * "by" (an agent), before any comma. An object pronoun ("calling it …") takes the nearest state
 * named before it in the sentence. Parties with the actor's own code are skipped.
 */
export function findObject(
  sv: SentenceView,
  clauseIndex: number,
  from: number,
  actor: string | null,
  matchEnd = from,
): Filler {
  const limit = objectLimit(sv, clauseIndex, from)
  let stop = limit
  for (let i = from; i < limit; i++) {
    const t = sv.tokens[i]
    if (!t || !(t.text === ',' || t.text === ';' || t.text === '–' || t.text === '—')) continue
    // "attacked two neighbours, Georgia and Ukraine": an apposition right after the comma is the object.
    // ", Putin said": a name followed by a reporting verb is the source, not an apposition.
    // ", Kazakh officials said": likewise a demonym and its noun before one.
    const source = (g: MentionGroup) =>
      [0, 1, 2].some((k) => REPORTING_AFTER.test(sv.tokens[g.end + k]?.lower ?? ''))
    const apposition = sv.groups.find((g) => g.first === i + 1 && !source(g))
    const named = sv.groups.some((g) => g.first >= from && g.first < i)
    if (apposition && !named && t.text !== ';') continue
    stop = i
    break
  }
  let firstGroup = stop
  for (const g of sv.groups) {
    if (g.first < from || g.first >= stop) continue
    // An object far from its verb is usually inside another phrase (a purpose clause, a place).
    if (g.first - Math.max(from, matchEnd) > MAX_OBJECT_DISTANCE) break
    const before = sv.tokens[g.first - 1]
    if (before && (g.first === from + 1 ? before.lower === 'by' : false)) continue
    if (before && before.lower === 'according') continue
    // "invade the north under the pretext of protecting Russian speakers": a group right after a
    // gerund in a phrase of its own is that gerund's object, not the trigger's.
    if (g.first > from + 1 && gerundObject(sv, g.first)) continue
    const parties = usable(g, actor)
    if (parties.length) {
      firstGroup = g.first
      const pron = pronounBetween(sv, from, firstGroup)
      if (pron < 0) return { parties, group: g }
      break
    }
  }
  const pron = pronounBetween(sv, from, firstGroup)
  if (pron >= 0) {
    for (let k = sv.groups.length - 1; k >= 0; k--) {
      const g = sv.groups[k] as MentionGroup
      if (g.end > pron) continue
      const parties = usable(g, actor)
      if (parties.length) return { parties, group: g }
    }
  }
  return NONE
}

function pronounBetween(sv: SentenceView, from: number, to: number): number {
  for (let i = from; i < to; i++) if (OBJECT_PRONOUNS.has(sv.tokens[i]?.lower ?? '')) return i
  return -1
}

/** The agent of a passive or nominal ("by X", "from Pope X") starting within a few tokens of `from`. */
export function findAgent(
  sv: SentenceView,
  from: number,
  to: number,
  words: ReadonlySet<string>,
): Filler {
  for (const g of sv.groups) {
    if (g.first < from || g.first >= to) continue
    let i = g.first - 1
    while (
      i >= from &&
      (ARTICLES.has(sv.tokens[i]?.lower ?? '') || /^\p{Lu}/u.test(sv.tokens[i]?.text ?? ''))
    )
      i--
    const before = sv.tokens[i]
    if (!before || !words.has(before.lower)) continue
    const parties = usable(g, null)
    if (parties.length) return { parties, group: g }
  }
  return NONE
}

const RELATIVE = new Set(['that', 'which', 'who'])
// Clauses a coordinated or resumed clause looks past for its subject.
const SKIPPED = new Set([...RELATIVE, ',ing'])
const BEFORE_RELATIVE_VERB = new Set([
  'would',
  'could',
  'will',
  'had',
  'has',
  'have',
  'also',
  'later',
])

/**
 * "the vote at the UN General Assembly that condemned …", "Lavrov, who accused …": a relative
 * clause with no subject of its own has the party named right before its pronoun as subject.
 */
function relativeAntecedent(sv: SentenceView, clause: Clause, head: number): Filler | null {
  if (!RELATIVE.has(clause.opener ?? '')) return null
  for (let i = clause.start + 1; i < head; i++) {
    const t = sv.tokens[i]
    if (!t || !(BEFORE_RELATIVE_VERB.has(t.lower) || /ly$/.test(t.lower))) return null
  }
  const end = sv.tokens[clause.start - 1]?.text === ',' ? clause.start - 1 : clause.start
  const g = sv.groups.find((x) => x.end === end)
  const parties = g ? usable(g, null) : []
  return g && parties.length && !g.demonym ? { parties, group: g } : null
}
