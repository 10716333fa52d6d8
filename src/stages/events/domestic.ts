import type { EventType } from '../../core/model.js'
import type { DocView, SentenceView } from './doc-view.js'
import { NONE, topicParty, type Filler } from './find-parties.js'
import type { Lexicon } from './lexicon.js'
import type { Party } from './noun-groups.js'

// Types that a state's own officials commonly direct at its own people.
const INTERNAL = new Set<EventType>([
  'COERCE',
  'REJECT',
  'CONCEDE',
  'REQUEST',
  'PROTEST',
  'ACCUSE',
  'RETREAT',
])
const OBJECT_WINDOW = 8
const PLACE_WORDS = new Set(['in', 'across', 'throughout'])

/**
 * "released the opposition leader", "ordered former president X to …": the words after the
 * trigger name a state's own people or institutions (or a person of unknown state) and no other state.
 */
export function objectIsDomestic(
  sv: SentenceView,
  lex: Lexicon,
  from: number,
  actor: string | null,
): boolean {
  const to = Math.min(sv.tokens.length, from + OBJECT_WINDOW)
  for (const g of sv.groups) {
    if (g.first < from || g.first >= to) continue
    if (g.parties.some((p) => p.code && p.code !== actor)) return false
    if (g.parties.some((p) => (p.kind === 'PERSON' || p.kind === 'ORG') && !p.code)) return true
  }
  for (let i = from; i < to; i++) {
    const t = sv.tokens[i]
    if (!t || t.text === ',' || t.text === '.') break
    if (lex.domesticGroups.has(t.lower)) return true
  }
  return false
}

/** "Police detained …": a subject naming a state's own forces or people, without the state. */
export function subjectIsDomestic(
  sv: SentenceView,
  lex: Lexicon,
  from: number,
  head: number,
): boolean {
  return sv.tokens.slice(from, head).some((t) => lex.domesticGroups.has(t.lower))
}

/** "President X", "Vice-President X": the subject before the verb carries an office title. */
export function titledSubject(sv: SentenceView, lex: Lexicon, from: number, head: number): boolean {
  return sv.tokens
    .slice(from, head)
    .some((t) => t.lower.split('-').some((w) => lex.officialNouns.has(w)))
}

/**
 * "President X has banned Ugandan opposition candidates": a named person of unknown state acting
 * on a group of one state's own people, in a sentence naming no other state, belongs to that state.
 */
export function domesticPerson(
  sv: SentenceView,
  actors: Filler,
  recipients: Filler,
  type: EventType,
): Filler {
  if (!INTERNAL.has(type) || !recipients.group?.adjectival) return NONE
  const states = new Set(sv.groups.flatMap((g) => g.parties.map((p) => p.code)).filter(Boolean))
  const target = recipients.parties[0]
  if (states.size !== 1 || !target?.code) return NONE
  const subject = sv.groups.find((g) => g.parties.some((p) => p.kind === 'PERSON' && !p.code))
  const person = subject?.parties.find((p) => p.kind === 'PERSON')
  if (!subject || !person || subject.first >= recipients.group.first || actors.parties.length)
    return NONE
  return { parties: [{ ...person, code: target.code }], group: subject }
}

/** A filler holding one party, or none. */
export const fill = (p: Party | null): Filler => (p ? { parties: [p], group: null } : NONE)

// "riots", "a strike" with no agent: the state they happen in ("in X"), else the document's topic.
export function domesticActor(view: DocView, sv: SentenceView, from: number, topic = true): Filler {
  for (const g of sv.groups) {
    if (g.first < from || g.first > from + 8) continue
    let i = g.first - 1
    while (i > from && !PLACE_WORDS.has(sv.tokens[i]?.lower ?? '') && g.first - i < 5) i--
    const parties = g.parties.filter((p) => p.code)
    if (PLACE_WORDS.has(sv.tokens[i]?.lower ?? '') && parties.length) return { parties, group: g }
  }
  return topic ? fill(topicParty(view)) : NONE
}

// Types an unplaced group commonly directs at its own state ("rebels threatened to boycott X's vote").
const UNPLACED_TYPES = new Set<EventType>([...INTERNAL, 'THREATEN', 'ASSAULT'])
// Words that mark a subject as international rather than one state's own ("a world forum").
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you'])
const FOREIGN_WORDS = new Set(['international', 'world', 'global', 'foreign', 'western', 'un'])

/**
 * "Militants loyal to X's … attempted to kill the X premier", "the Y party said it would boycott
 * X's elections": a subject whose state is unknown, in a sentence that names one state only, acts
 * at home: actor and target are that state (FORMAT.md: domestic events). Needs a subject phrase of
 * its own before the verb, and none that sounds international.
 */
export function unplacedActor(
  sv: SentenceView,
  clauseStart: number,
  head: number,
  recipients: Filler,
  type: EventType,
): Filler {
  if (!UNPLACED_TYPES.has(type) || head <= clauseStart) return NONE
  const codes = new Set(sv.groups.flatMap((g) => g.parties.map((p) => p.code)).filter(Boolean))
  if (codes.size !== 1) return NONE
  if (recipients.parties.some((p) => !codes.has(p.code))) return NONE
  const subject = sv.tokens.slice(clauseStart, head)
  if (subject.some((t) => FOREIGN_WORDS.has(t.lower))) return NONE
  // An unresolved pronoun ("They shot …") is not a subject of unknown state, nor is a bare "but"
  // joining the verb to an earlier clause's subject ("Analysts said …, but warned that …").
  if (subject.every((t) => PRONOUNS.has(t.lower) || JOINERS.has(t.lower) || !t.isWord)) return NONE
  const state = sv.groups.flatMap((g) => g.parties).find((p) => p.code)
  return state
    ? { parties: [{ code: state.code, entity: null, kind: 'COUNTRY' }], group: null }
    : NONE
}

const JOINERS = new Set(['and', 'but', 'or', 'then'])

// Words in or right after a subject that make it a state's officials, not its people.
const OFFICIAL_BODY = new Set(['ministry', 'embassy', 'government', 'kremlin', 'cabinet'])

/**
 * "Serbia protested …", "the Kazakh foreign ministry protested …": a state or its officials
 * protesting make a diplomatic complaint (ACCUSE), not a demonstration. True when the subject
 * before the trigger names a state itself, or a demonym with an official noun after it.
 */
export function stateSubject(sv: SentenceView, lex: Lexicon, from: number, head: number): boolean {
  const g = sv.groups.find((x) => x.first >= from && x.end <= head)
  if (!g || /^(in|of|from|at)$/.test(sv.tokens[g.first - 1]?.lower ?? '')) return false
  const p = g.parties[0]
  if (!p?.code) return false
  // "Palestinians of the West Bank" are people: the phrase opens with a demonym.
  const at = sv.tokens[g.first]?.start
  const first = sv.mentions.find((m) => m.span.start === at) as { kind?: string } | undefined
  if (p.kind === 'COUNTRY' && first?.kind !== 'demonym') return true
  const after = sv.tokens.slice(g.first, Math.min(head, g.end + 2)).map((t) => t.lower)
  return after.some((w) => OFFICIAL_BODY.has(w) || (w !== 'people' && lex.officialNouns.has(w)))
}
