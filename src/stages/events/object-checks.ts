import type { EventType } from '../../core/model.js'
import type { SentenceView } from './doc-view.js'
import { ARTICLES, usable, type Filler, NONE } from './find-parties.js'
import { gerundObject } from './gerunds.js'

const OPEN_QUOTES = new Set(['"', '“', '‘', '«'])
const OBJECT_GLUE = new Set(['with', 'his', 'her', 'its', 'their'])

/** True when a named party directly follows token `from` (allowing articles and titles). */
export function objectIsNamed(
  sv: SentenceView,
  from: number,
  officials: ReadonlySet<string> = new Set(),
): boolean {
  const g = sv.groups.find((x) => x.first >= from)
  if (!g) return false
  for (let i = from; i < g.first; i++) {
    const t = sv.tokens[i]
    if (!t || !(ARTICLES.has(t.lower) || /^\p{Lu}/u.test(t.text) || OBJECT_GLUE.has(t.lower)))
      return false
  }
  // "his Togolese counterpart": a demonym before an official names that state's people.
  if (officials.has(sv.tokens[g.end]?.lower ?? '')) return true
  // "Russian military bases": a demonym before a common noun names a thing, not a party.
  if (!g.demonym) return true
  const after = sv.tokens[g.end]
  return !(
    after &&
    after.isWord &&
    /^\p{Ll}/u.test(after.text) &&
    !/^(and|or|on|in|at|for|to|with|from|of)$/.test(after.lower)
  )
}

/** A state named later in the sentence, outside quotes, that is not the actor. */
export function otherState(
  sv: SentenceView,
  from: number,
  actor: string | null,
  stop: number,
): Filler {
  const quoteStart = sv.tokens.findIndex((t, i) => i >= from && OPEN_QUOTES.has(t.text))
  const end = quoteStart >= 0 ? Math.min(stop, quoteStart) : stop
  for (const g of sv.groups) {
    if (g.first < from || g.first >= end) continue
    // "… under the pretext of protecting Russian speakers": that gerund's object, not the verb's.
    if (g.first > from + 1 && gerundObject(sv, g.first)) continue
    const parties = usable(g, actor)
    if (parties.length) return { parties, group: g }
  }
  return NONE
}

/**
 * True when the verb's object, right after `from` (a few words at most), is a named party of no
 * state ("ordered the Caspian Pipeline Consortium to …"): the text names its target, so no state
 * named elsewhere in the sentence stands in for it.
 */
export function objectIsStateless(sv: SentenceView, from: number, to: number): boolean {
  const g = sv.groups.find((x) => x.first >= from && x.first < to + 3)
  if (!g || g.parties.some((p) => p.code)) return false
  for (let i = from; i < g.first; i++) {
    const t = sv.tokens[i]
    if (!t?.isWord || (i >= to && !ARTICLES.has(t.lower))) return false
  }
  return true
}

/** True when the first mention group in tokens `[from, to)` names only parties of no known state. */
export function subjectIsStateless(sv: SentenceView, from: number, to: number): boolean {
  const g = sv.groups.find((x) => x.first >= from && x.end <= to)
  return !!g && g.parties.length > 0 && g.parties.every((p) => !p.code)
}

/** The first mention group in tokens `[from, to)` when it names only persons of no known state. */
export function statelessPerson(sv: SentenceView, from: number, to: number): Filler {
  const g = sv.groups.find((x) => x.first >= from && x.end <= to)
  const people = g?.parties.filter((p) => p.kind === 'PERSON' && p.entity && !p.code) ?? []
  return g && people.length && people.length === g.parties.length
    ? { parties: people, group: g }
    : NONE
}

/**
 * A state named in the possessive inside tokens [from, to) ("Russia's" in "be Russia's next
 * target"), as the filler of the actor.
 */
export function possessorIn(sv: SentenceView, from: number, to: number): Filler | null {
  const g = sv.groups.find(
    (x) =>
      x.first > from &&
      x.end < to &&
      /^['’]s$|^'$/.test(sv.tokens[x.end]?.text ?? '') &&
      x.parties.some((p) => p.code),
  )
  return g ? { parties: g.parties.filter((p) => p.code), group: g } : null
}

/** The parties of the first mention group inside tokens [from, to). */
export function groupBetween(sv: SentenceView, from: number, to: number): Filler {
  const group = sv.groups.find(
    (g) => g.first >= from && g.end <= to && g.parties.some((p) => p.code),
  )
  return group ? { parties: group.parties.filter((p) => p.code), group } : NONE
}

// Prepositions that bring in what an accusation, warning or praise is about ("accused X of …",
// "praised X for …"); elsewhere "of" belongs to the object ("support the rights of Y").
const CONTENT: Partial<Record<EventType, ReadonlySet<string>>> = {
  ACCUSE: new Set(['of', 'for']),
  THREATEN: new Set(['of']),
  SUPPORT: new Set(['for']),
}
const OBJECT_SPAN = 4
const ACT_NOUN =
  /(tion|sion|ment|ing|ure|ade)$|^(attacks?|strikes?|raids?|arrests?|assaults?|war|murders?|deaths?|use|abuses?)$/

/**
 * "accused the West of trying to split Russia and Kazakhstan": the verb's object right after it is
 * a noun phrase naming no party, followed by "of"/"for" and the content. The target is that noun
 * phrase, so no state named in the content stands in for it.
 */
export function objectIsCommonNoun(sv: SentenceView, end: number, type: EventType): boolean {
  const toks = sv.tokens
  const content = CONTENT[type]
  if (!content || !ARTICLES.has(toks[end]?.lower ?? '')) return false
  for (let i = end + 1; i <= end + OBJECT_SPAN; i++) {
    const t = toks[i]
    if (!t?.isWord) return false
    // "condemned the occupation of Y", "the shelling of Y": an act's noun keeps its "of" object.
    if (content.has(t.lower)) return i > end + 1 && !ACT_NOUN.test(toks[i - 1]?.lower ?? '')
    if (sv.groups.some((g) => g.first <= i && g.end > i)) return false
  }
  return false
}
