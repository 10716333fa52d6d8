import type { EventStatus, EventType } from '../../core/model.js'
import type { Clause } from './clauses.js'
import type { DocView, SentenceView } from './doc-view.js'
import {
  AGENT,
  appositiveHost,
  clauseIndexOf,
  findReporter,
  type Reporter,
  forceObject,
  isGerundModifier,
  isPassive,
  mainWasCoded,
  nominalIsEvent,
  reportingClause,
  thingIsSubject,
} from './clause-checks.js'
import {
  domesticActor,
  domesticPerson,
  fill,
  objectIsDomestic,
  stateSubject,
  subjectIsDomestic,
  titledSubject,
  unplacedActor,
} from './domestic.js'
import {
  findAgent,
  findObject,
  findSubject,
  hasCountryNoun,
  NONE,
  speakerParty,
  topicParty,
  type Antecedents,
  type Filler,
} from './find-parties.js'
import { findTriggers, type Hit } from './find-triggers.js'
import {
  objectIsCommonNoun,
  objectIsNamed,
  objectIsStateless,
  groupBetween,
  otherState,
  possessorIn,
  statelessPerson,
  subjectIsStateless,
} from './object-checks.js'
import type { Lexicon } from './lexicon.js'
import type { Token } from './tokenize.js'
import type { Party } from './noun-groups.js'
import { updateAntecedents } from './antecedents.js'
import { pairSides } from './pair-subject.js'
import { dedupe } from './dedupe-events.js'
import { eventStatus, isQuestion, refutesContent } from './status.js'
import { impliedTaker } from './implied-agent.js'
import { perConjunct } from './conjuncts.js'
import { emitEvents } from './emit-events.js'

/** An event coded from one clause, before date, place and score are added. */
export interface RawEvent {
  readonly type: EventType
  readonly mode: string | null
  readonly actor: Party
  readonly recipient: Party | null
  readonly status: EventStatus
  readonly reportedBy: string | null
  readonly head: number
  /** Which conjunct pair of a compound actor and recipient the event codes (0 for the first). */
  readonly slot?: number
}

const HOSTILE = new Set<EventType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST'])
const FRIENDLY = new Set<EventType>([
  'AID',
  'COOPERATE',
  'SUPPORT',
  'RETREAT',
  'CONCEDE',
  'CONSULT',
])
// Types whose unnamed target is the actor's own society (strikes, arrests, bans).
const DOMESTIC = new Set<EventType>(['PROTEST', 'COERCE'])
const THREAT_MODE: Partial<Record<EventType, string>> = {
  ASSAULT: 'violence',
  COERCE: 'restrict',
  SANCTION: 'restrict',
  MOBILIZE: 'violence',
  PROTEST: 'restrict',
}
const BY = new Set(['by'])
const RELATIVE = new Set(['who', 'which', 'whom', 'whose'])
const OBLIGATION = new Set(['must', 'should'])
// How far after a nominal its "by X" agent may start ("sanctions were imposed on Iran by the EU").
const AGENT_WINDOW = 8

/** Codes the events of one sentence. `ante` carries pronoun antecedents across sentences. */
export function codeSentence(
  view: DocView,
  sv: SentenceView,
  lex: Lexicon,
  ante: Antecedents,
  skipClause = -1,
): RawEvent[] {
  const hits = findTriggers(sv.tokens, lex)
  // Half the sentences hold no trigger: they only move the antecedents (issue #8).
  if (!hits.length) {
    updateAntecedents(sv, ante)
    return []
  }
  const out: RawEvent[] = []
  const coded = new Set<number>()
  const codedEnd = new Map<number, number>()
  const requestEnd = new Map<number, number>()
  let stateless = false
  // The sentence's source is the same for every trigger (antecedents change only after it).
  const source: { reporter: Reporter | null } = { reporter: null }
  for (const hit of hits) {
    const ci = clauseIndexOf(sv.clauses, hit.head)
    if (ci === skipClause) continue
    const clause = sv.clauses[ci] as Clause
    // "NAME threatened to punish officials who oppose Y": when the main verb's actor is a name of
    // no known state, a relative clause describing its object is still not the sentence's event.
    if (stateless && RELATIVE.has(clause.opener ?? '')) continue
    if (coded.has(ci) && !(hit.def.nominal && AGENT.has(sv.tokens[hit.end]?.lower ?? ''))) continue
    if (clause.opener === ',ing' && mainWasCoded(sv.clauses, ci, coded)) continue
    // "agreed that their countries should cooperate": the content of a coded speech act is not
    // coded again; what a demand asks for ("demanding that the government release …") did not
    // happen, whether or not the demand itself could be coded.
    const after = clause.start - Math.max(codedEnd.get(ci - 1) ?? -9, requestEnd.get(ci - 1) ?? -9)
    if (clause.opener === 'that' && after <= 2) continue
    if (hit.def.type === 'REJECT' && refutesContent(sv.tokens, hit.end)) continue
    if (hit.def.type === 'REQUEST' && !hit.def.nominal) requestEnd.set(ci, hit.end)
    const events = codeHit(view, sv, hit, ci, lex, ante, source)
    if (events.length) {
      coded.add(ci)
      codedEnd.set(ci, hit.end)
    }
    if (!hit.def.nominal && clause.opener === null && events.every((e) => !e.actor.code))
      stateless ||= subjectIsStateless(sv, clause.start, hit.head)
    out.push(...events)
  }
  updateAntecedents(sv, ante)
  return dedupe(out)
}

function codeHit(
  view: DocView,
  sv: SentenceView,
  hit: Hit,
  ci: number,
  lex: Lexicon,
  ante: Antecedents,
  source: { reporter: Reporter | null },
): RawEvent[] {
  const { def, head, end } = hit
  const clause = sv.clauses[ci] as Clause
  const toks = sv.tokens
  if (def.nominal && !nominalIsEvent(sv, hit, lex)) return []
  if (!def.nominal && lex.background.has(clause.opener ?? '')) return []
  if (isGerundModifier(sv, hit, clause)) return []
  // "X must resign", "Y should withdraw": what is demanded did not happen; the demand is the event.
  if (!def.nominal && def.type !== 'REQUEST' && OBLIGATION.has(toks[head - 1]?.lower ?? ''))
    return []
  for (let i = clause.start; i < head; i++) {
    const w = (toks[i] as Token).lower
    if (lex.fear.has(w) || lex.habitual.has(w)) return []
  }
  const thingCanDoIt = def.type === 'THREATEN' || toks[head]?.lower.startsWith('prevent')
  if (thingCanDoIt && !def.nominal && thingIsSubject(sv, clause, head)) return []
  const unnamedObject = def.strictObject && !objectIsNamed(sv, end, lex.officialNouns)
  const intentAt = lex.intent.findLastIn(toks, Math.max(clause.start, head - 4), head)
  const speechBefore = lex.speechVerbs.findIn(toks, 0, Math.max(clause.start, intentAt)) >= 0
  // "had no plans to travel": a negated intention states none.
  const intent =
    intentAt >= 0 &&
    (toks[intentAt]?.lower !== 'would' || speechBefore) &&
    !/^(no|not|never)$/.test(toks[intentAt - 1]?.lower ?? '') &&
    !isQuestion(sv, head)
  if (def.intentOnly && !intent) return []
  let type = def.type
  let mode = def.mode
  if (type === 'PROTEST' && !def.nominal && stateSubject(sv, lex, clause.start, head))
    [type, mode] = ['ACCUSE', 'disapprove']
  const object = forceObject(sv, hit, lex)
  if (object === 'figure') return []
  if (object === 'speech') [type, mode] = ['ACCUSE', null]
  // "will withdraw … unless …": a conditional promise of a cost is a threat.
  // A stated intention to cut ties or pull out ("will withdraw … unless …") is a threat.
  const costly = HOSTILE.has(type) || (type === 'RETREAT' && mode === 'withdraw')
  const unless = sv.clauses.some((c, k) => k > ci && c.opener === 'unless')
  if (intent && (costly || unless) && type !== 'THREATEN')
    [type, mode] = ['THREATEN', THREAT_MODE[type] ?? 'relations']
  else if (intent && FRIENDLY.has(type) && type !== 'RETREAT') [type, mode] = ['AGREE', null]

  const at = toks[head]?.start ?? 0
  const reporter = (source.reporter ??= findReporter(view, sv, lex, ante))
  let actors: Filler
  let recipients: Filler
  const passive = !def.nominal && def.target !== 'subject' && isPassive(sv, hit, lex)
  const activeVerb = !def.nominal && def.target !== 'subject' && !passive
  if (def.target === 'subject') {
    // "X said Y must …" with no "that": the speech verb sits in the same clause, Y right after it.
    const said = def.speechOnly ? lex.speechVerbs.findLastIn(toks, clause.start, head) : -1
    // "Y must …, the minister said": a trailing attribution reports it too.
    const saidAfter = reporter.filler.parties.length > 0 && reporter.tailStart > head
    if (def.speechOnly && !speechBefore && said < 0 && !saidAfter) return []
    // "We must take care of them": a speaker's duty of their own is no demand.
    if (def.speechOnly && /^(we|i)$/.test(toks[head - 1]?.lower ?? '')) return []
    recipients =
      said >= 0
        ? groupBetween(sv, said + 1, head)
        : perConjunct(sv, findSubject(view, sv, ci, head, ante), head)
    const speaker = speakerParty(view, at)
    // "Y will be Russia's next target": the possessor inside the phrase is the one who threatens.
    const owner = possessorIn(sv, head, end)
    const voice: Filler = speaker ? { parties: [speaker], group: null } : reporter.filler
    // The speaker stays the actor when they belong to that state (the person is kept).
    const sameState = owner && voice.parties[0]?.code === owner.parties[0]?.code
    actors = owner && !sameState ? owner : voice.parties.length ? voice : (owner ?? voice)
  } else if (passive) {
    actors = findAgent(sv, end, clause.end, AGENT)
    recipients = findSubject(view, sv, ci, head, ante)
  } else if (def.nominal) {
    // "withdrawal from Panama": for movements "from" names a place, not an agent.
    const agentWords = type === 'RETREAT' || type === 'MOBILIZE' || type === 'SANCTION' ? BY : AGENT
    const agent = findAgent(sv, end, Math.min(toks.length, end + AGENT_WINDOW), agentWords)
    const receptive = lex.receptiveVerbs.findIn(toks, Math.max(clause.start, head - 4), head) >= 0
    // ", an accusation he levelled at Y": the act of the clause the appositive sums up.
    const host = appositiveHost(sv, hit, lex, ci)
    const [sci, shead] = host >= 0 ? [host, (sv.clauses[host] as Clause).end - 1] : [ci, head]
    const subject =
      receptive && !agent.parties.length ? NONE : findSubject(view, sv, sci, shead, ante)
    actors = agent.parties.length ? agent : subject
    if (!actors.parties.length && DOMESTIC.has(type)) actors = domesticActor(view, sv, end)
    const code = actors.parties[0]?.code ?? null
    recipients =
      receptive && agent.parties.length
        ? findSubject(view, sv, ci, head, ante)
        : findObject(sv, ci, agent.group ? agent.group.end : end, code)
  } else {
    const reporting = reportingClause(sv, lex, ci, head)
    actors = reporting
      ? findSubject(view, sv, reporting.clause, reporting.verb, ante)
      : perConjunct(sv, findSubject(view, sv, ci, head, ante), head)
    if (!actors.parties.length && DOMESTIC.has(type))
      actors = domesticActor(view, sv, end, subjectIsDomestic(sv, lex, clause.start, head))
    recipients = objectIsCommonNoun(sv, end, type)
      ? NONE
      : findObject(sv, ci, head + 1, actors.parties[0]?.code ?? null, end)
  }
  const sides =
    activeVerb && pairSides(sv, clause, head, ante.lastPair, recipients, type === 'CONSULT')
  if (sides) ({ actors, recipients } = sides)
  if (!actors.parties.length) actors = domesticPerson(sv, actors, recipients, type)
  // "NAME threatened Y": a named person of no known state still acts (actor code null), before the
  // unplaced-subject rule would make their target their own state; "President NAME" holds an office
  // in the one state named, so that rule places them.
  const person = () =>
    activeVerb && clause.opener === null ? statelessPerson(sv, clause.start, head) : NONE
  if (!actors.parties.length && !titledSubject(sv, lex, clause.start, head)) actors = person()
  const unplaced = !actors.parties.length && activeVerb && recipients.parties.length > 0
  if (unplaced) actors = unplacedActor(sv, clause.start, head, recipients, type)
  if (!actors.parties.length) actors = person()
  if (!actors.parties.length) return []
  // "met in Geneva" names no counterpart; "Chile and Peru met in Lima" names two of them.
  if (unnamedObject && actors.parties.length < 2) return []
  if (unnamedObject) recipients = NONE
  const actorCode = actors.parties[0]?.code ?? null
  // The actor's own state named again is not a target ("Serbia … in Serbia"); its people may be.
  const own = (p: Party) =>
    p.code === actorCode && p.kind === 'COUNTRY' && !recipients.group?.adjectival
  recipients = {
    ...recipients,
    parties: recipients.parties.filter((p) => !own(p) || DOMESTIC.has(type) || unplaced),
  }
  if (!recipients.parties.length && DOMESTIC.has(type)) recipients = fill(actors.parties[0] ?? null)
  if (!recipients.parties.length && hasCountryNoun(sv, head + 1, clause.end))
    recipients = fill(topicParty(view))
  // An unnamed target of a nominal ("an intervention by X") or a threat idiom is the document's
  // topic state; a verb's is another state named later in its sentence.
  if (!recipients.parties.length && (def.nominal || def.target === 'subject')) {
    const topic = topicParty(view)
    if (topic && topic.code !== actorCode) recipients = fill(topic)
  }
  // "police fired at protesters …, … to Azerbaijan": a domestic group right after the verb is
  // the target; a state further on belongs to another phrase.
  if (
    !recipients.parties.length &&
    !unnamedObject &&
    !(def.target !== 'subject' && objectIsDomestic(sv, lex, end, actorCode)) &&
    !(def.target !== 'subject' && objectIsStateless(sv, head + 1, end)) &&
    !(activeVerb && objectIsCommonNoun(sv, end, type))
  )
    recipients = otherState(sv, head + 1, actorCode, reporter.tailStart)
  recipients = impliedTaker(view, sv, recipients, actorCode) ?? recipients
  // "Japan and Korea held talks in Seoul": for two sides that meet, "in X" is the venue.
  const venue = /^(in|at)$/.test(toks[(recipients.group?.first ?? 0) - 1]?.lower ?? '')
  if (type === 'CONSULT' && actors.parties.length > 1 && venue) recipients = NONE
  const status = eventStatus(view, { sv, clause, head, intent }, type, lex)
  const act = { type, mode, status, reportedBy: reporter.name, head, end }
  return emitEvents(sv, lex, act, actors, recipients, DOMESTIC.has(type))
}
