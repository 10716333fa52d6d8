import type { Clause } from './clauses.js'
import type { DocView, SentenceView } from './doc-view.js'
import {
  findAgent,
  findObject,
  findSubject,
  PREPOSITIONS,
  type Antecedents,
  type Filler,
} from './find-parties.js'
import type { Hit } from './find-triggers.js'
import { isParticiple } from './inflect.js'
import type { Lexicon } from './lexicon.js'

/** Words that introduce an agent ("by X", "a visit from X"). */
export const AGENT = new Set(['by', 'from'])
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', 'get', 'got', "'re"])
const SPEECH_AGENT = new Set(['according'])
const AUXILIARIES = new Set(['had', 'have', 'has', 'were', 'are', 'will', 'would'])
const RELATIVE_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we'])

/** Index of the clause holding token `i`. */
export function clauseIndexOf(clauses: readonly Clause[], i: number): number {
  for (let k = clauses.length - 1; k >= 0; k--) if ((clauses[k]?.start ?? 0) <= i) return k
  return 0
}

// How far before a nominal its support verb may stand ("there is an oil workers' strike").
const NOMINAL_REACH = 6

// ", an accusation he also levelled at Y": the noun heading a summary appositive is the object of
// that clause's own support verb, so the act is done again.
function headsAppositiveAct(sv: SentenceView, hit: Hit, lex: Lexicon): boolean {
  const clause = sv.clauses[clauseIndexOf(sv.clauses, hit.head)]
  if (clause?.opener !== 'appositive' || hit.head !== clause.start + 1) return false
  return lex.supportVerbs.findIn(sv.tokens, hit.end, clause.end) >= 0
}

const RELATIVE_OPENERS = new Set(['that', 'which', 'who'])

/**
 * For a nominal heading a summary appositive, the clause whose subject does that act again (the
 * nearest earlier clause that is not a relative one), or -1.
 */
export function appositiveHost(sv: SentenceView, hit: Hit, lex: Lexicon, ci: number): number {
  if (!headsAppositiveAct(sv, hit, lex)) return -1
  for (let k = ci - 1; k >= 0; k--) if (!RELATIVE_OPENERS.has(sv.clauses[k]?.opener ?? '')) return k
  return -1
}

/** A nominal is an event only as the object of a support verb or with an agent, never as background. */
export function nominalIsEvent(sv: SentenceView, hit: Hit, lex: Lexicon): boolean {
  const toks = sv.tokens
  if (headsAppositiveAct(sv, hit, lex)) return true
  for (let i = hit.head - 1; i >= Math.max(0, hit.head - NOMINAL_REACH); i--) {
    const t = toks[i]
    if (!t) break
    // "reiterated its demand" is an event; "after its invasion", "with his threat" are background.
    if (lex.possessives.has(t.lower))
      return t.lower !== "'s" && lex.supportVerbs.lengthAt(toks, i - 1) > 0
    if (lex.background.has(t.lower)) return false
    if (t.lower === 'of' || t.lower === 'in') return false
    if (lex.supportVerbs.lengthAt(toks, i) > 0) return true
    if (t.lower === 'there' && /^(is|are|was|were|has|have)$/.test(toks[i + 1]?.lower ?? ''))
      return true
    if (t.text === ',' || t.text === ';' || t.text === ':') break
  }
  if (AGENT.has(toks[hit.end]?.lower ?? '')) return true
  // "the deployment of troops by X": an "of" complement may sit between the nominal and its agent.
  if (toks[hit.end]?.lower === 'of') {
    for (let i = hit.end + 1; i < Math.min(toks.length, hit.end + 5); i++) {
      const t = toks[i]
      if (!t?.isWord) break
      if (t.lower === 'by') return true
    }
  }
  // "Sanctions were imposed on X by Y": the nominal is the subject of a passive support verb.
  if (BE.has(toks[hit.end]?.lower ?? '') && lex.supportVerbs.lengthAt(toks, hit.end + 1) > 0)
    return isParticiple(toks[hit.end + 1]?.lower ?? '', lex.participles)
  // "several hundred protesters gathered outside …": the nominal is the subject of its act.
  const aux = AUXILIARIES.has(toks[hit.end]?.lower ?? '') ? 1 : 0
  if (lex.actorVerbs.lengthAt(toks, hit.end + aux) > 0) return true
  // "demonstrators protesting the results": a reduced relative of the nominal's own act.
  const ing = toks[hit.end]?.lower ?? ''
  if (ing.endsWith('ing') && lex.triggers.get(ing)?.some((d) => d.type === hit.def.type))
    return true
  // "a charge she had made against …": a reduced relative whose verb is a support verb.
  const next = toks[hit.end]
  if (next && RELATIVE_SUBJECT.has(next.lower))
    for (let i = hit.end + 1; i < Math.min(toks.length, hit.end + 4); i++)
      if (lex.supportVerbs.lengthAt(toks, i) > 0) return true
  return false
}

export function isPassive(sv: SentenceView, hit: Hit, lex: Lexicon): boolean {
  const head = sv.tokens[hit.head]
  if (!head || !isParticiple(head.lower, lex.participles)) return false
  // "is committed to", "was prepared to": adjectival participles, not passives.
  const last = hit.def.elems[hit.def.elems.length - 1]
  if (last?.kind === 'word' && last.forms.has('to')) return false
  // "…, which might be dissolved, accused …": the auxiliary must stand in the verb's own clause.
  for (let i = hit.head - 1; i >= Math.max(0, hit.head - 3); i--) {
    const t = sv.tokens[i]
    if (!t?.isWord) return false
    if (BE.has(t.lower)) return true
  }
  return false
}

/** The source of a sentence: who reports it, its name, and where a trailing attribution starts. */
export interface Reporter {
  readonly filler: Filler
  readonly name: string | null
  readonly tailStart: number
}

/** Who the sentence attributes its content to: "according to X", or the subject of a speech verb. */
export function findReporter(
  view: DocView,
  sv: SentenceView,
  lex: Lexicon,
  ante: Antecedents,
): Reporter {
  const toks = sv.tokens
  const acc = findAgent(sv, 0, toks.length, SPEECH_AGENT)
  let filler = acc
  let tailStart = acc.group ? Math.max(0, acc.group.first - 2) : toks.length
  // A trailing ", X said" names the source; otherwise the first speech verb's subject does.
  const last = lex.speechVerbs.findLastIn(toks, 0, toks.length)
  const at = last > toks.length / 2 ? last : lex.speechVerbs.findIn(toks, 0, toks.length)
  if (!filler.parties.length && at >= 0) {
    const ci = clauseIndexOf(sv.clauses, at)
    filler = trailingSource(sv, at) ?? findSubject(view, sv, ci, at, ante)
    // "…, said X" names X; "said X forces had …" opens X's own clause (see splitClauses).
    const reported = sv.clauses.some((c) => c.start === at + 1)
    if (!filler.parties.length && !reported) filler = findObject(sv, ci, at + 1, null)
    // ", a UN official said": a trailing attribution names no recipient.
    if (filler.group && at > toks.length / 2) tailStart = Math.min(tailStart, filler.group.first)
  }
  const p = filler.parties[0]
  return { filler, name: p ? (p.entity ?? p.code) : null, tailStart }
}

const FORCE_VERB_TYPES = new Set(['ASSAULT', 'COERCE'])
const OBJECT_LOOKAHEAD = 4

/**
 * How the object after a force verb reads: `figure` for an idiom ("struck a nerve", "struck a
 * conciliatory tone"), `speech` for criticism of words or plans ("attacked the government's plan"),
 * else `force`. Looks at the few words up to the first punctuation after the trigger.
 */
export function forceObject(
  sv: SentenceView,
  hit: Hit,
  lex: Lexicon,
): 'figure' | 'speech' | 'force' {
  if (hit.def.nominal || !FORCE_VERB_TYPES.has(hit.def.type)) return 'force'
  for (let i = hit.end; i < Math.min(sv.tokens.length, hit.end + OBJECT_LOOKAHEAD); i++) {
    const t = sv.tokens[i]
    if (!t || (!t.isWord && t.text !== "'s" && t.text !== '’s')) break
    if (lex.figurative.has(t.lower)) return 'figure'
    if (lex.verbalTargets.has(t.lower)) return 'speech'
  }
  return 'force'
}

const MODALS = new Set('would could may might will can should must also'.split(' '))

/**
 * "a ruling that threatens the export route", "dual citizenship, which under the constitution would
 * prevent him …": a relative clause on a common noun has a thing, not an actor, as its subject. The
 * clause has no subject of its own: only modals, adverbs or a prepositional phrase sit between the
 * relative pronoun and the verb.
 */
export function thingIsSubject(sv: SentenceView, clause: Clause, head: number): boolean {
  const toks = sv.tokens
  const word = toks[clause.start]?.lower
  if (word !== 'that' && word !== 'which') return false
  if (head > clause.start + 1) {
    const next = toks[clause.start + 1]
    if (
      !next ||
      !(MODALS.has(next.lower) || PREPOSITIONS.has(next.lower) || /ly$/.test(next.lower))
    )
      return false
    if (
      sv.groups.some(
        (g) =>
          g.first > clause.start &&
          g.first < head &&
          !PREPOSITIONS.has(toks[g.first - 1]?.lower ?? ''),
      )
    )
      return false
  }
  let k = clause.start - 1
  if (toks[k]?.text === ',') k--
  const noun = toks[k]
  if (!noun?.isWord || noun.text !== noun.lower) return false
  return !sv.groups.some((g) => g.first <= k && g.end > k)
}

const TRAILING_SOURCE = 8

// "…, Romanian officials said": the party between the last comma and a late speech verb.
function trailingSource(sv: SentenceView, at: number): Filler | null {
  if (at <= sv.tokens.length / 2) return null
  for (let i = at - 1; i >= Math.max(0, at - TRAILING_SOURCE); i--) {
    if (sv.tokens[i]?.text !== ',') continue
    const g = sv.groups.find((x) => x.first > i && x.end <= at)
    const parties = g?.parties.filter((p) => p.code) ?? []
    return g && parties.length ? { parties, group: g } : null
  }
  return null
}

/** A participle clause (", killing …") elaborates its main clause: coded only if the main one was not. */
export function mainWasCoded(
  clauses: readonly Clause[],
  ci: number,
  coded: ReadonlySet<number>,
): boolean {
  for (let k = ci - 1; k >= 0; k--) if (clauses[k]?.opener !== ',ing') return coded.has(k)
  return false
}

/** A verb in -ing after a preposition ("under the guise of defending") is a noun phrase, not a clause. */
export function isGerundModifier(sv: SentenceView, hit: Hit, clause: Clause): boolean {
  const head = sv.tokens[hit.head]
  if (hit.def.nominal || !head?.lower.endsWith('ing')) return false
  const prev = sv.tokens[hit.head - 1]?.lower ?? ''
  if (prev !== 'from' && PREPOSITIONS.has(prev)) return true
  // "… around maintaining X and preventing Y": the second gerund shares the preposition.
  if (clause.opener === ',ing' && sv.tokens[clause.start - 1]?.lower === 'and') {
    for (let i = clause.start - 2; i > 0 && i > clause.start - 10; i--) {
      const t = sv.tokens[i]
      if (t?.lower.endsWith('ing') && PREPOSITIONS.has(sv.tokens[i - 1]?.lower ?? '')) return true
    }
  }
  return false
}

/**
 * "Analysts said Niamey could reopen the crossing, but warned that …": a speech verb joined by
 * "and"/"but" after a reported clause is said by whoever said the first thing, not by the reported
 * clause's subject. The earlier clause holding a speech verb, and that verb; null otherwise.
 */
export function reportingClause(
  sv: SentenceView,
  lex: Lexicon,
  ci: number,
  head: number,
): { clause: number; verb: number } | null {
  const opener = sv.clauses[ci]?.opener
  if (
    (opener !== 'and' && opener !== 'but') ||
    lex.speechVerbs.findIn(sv.tokens, head, head + 1) < 0
  )
    return null
  for (let k = ci - 1; k >= 0; k--) {
    const c = sv.clauses[k] as Clause
    const verb = lex.speechVerbs.findLastIn(sv.tokens, c.start, c.end)
    if (verb >= 0) return { clause: k, verb }
  }
  return null
}
