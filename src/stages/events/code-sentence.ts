import type { EventStatus, EventType } from '../../core/model.js'
import type { Clause } from './clauses.js'
import { quoteAt, type DocView, type SentenceView } from './doc-view.js'
import {
  Antecedents,
  findAgent,
  findObject,
  findSubject,
  hasCountryNoun,
  otherState,
  PREPOSITIONS,
  speakerParty,
  topicParty,
  type Filler,
} from './find-parties.js'
import { findTriggers, type Hit } from './find-triggers.js'
import { isParticiple } from './inflect.js'
import type { Lexicon } from './lexicon.js'
import type { Party } from './noun-groups.js'
import { decideStatus } from './status.js'

/** An event coded from one clause, before date, place and score are added. */
export interface RawEvent {
  readonly type: EventType
  readonly mode: string | null
  readonly actor: Party
  readonly recipient: Party | null
  readonly status: EventStatus
  readonly reportedBy: string | null
  readonly head: number
}

const HOSTILE = new Set<EventType>([
  'ASSAULT',
  'COERCE',
  'SANCTION',
  'MOBILIZE',
  'PROTEST',
  'THREATEN',
])
const FRIENDLY = new Set<EventType>([
  'AID',
  'COOPERATE',
  'SUPPORT',
  'RETREAT',
  'CONCEDE',
  'CONSULT',
  'AGREE',
])
// Types whose unnamed target is the actor's own society (strikes, arrests, bans).
const DOMESTIC = new Set<EventType>(['PROTEST', 'COERCE', 'CONCEDE', 'REJECT', 'REQUEST'])
const THREAT_MODE: Partial<Record<EventType, string>> = {
  ASSAULT: 'violence',
  COERCE: 'restrict',
  SANCTION: 'restrict',
  MOBILIZE: 'violence',
  PROTEST: 'restrict',
}
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', 'get', 'got', "'s", "'re"])
const AGENT = new Set(['by', 'from'])
const SPEECH_AGENT = new Set(['according'])

/** Codes the events of one sentence. `ante` carries pronoun antecedents across sentences. */
export function codeSentence(
  view: DocView,
  sv: SentenceView,
  lex: Lexicon,
  ante: Antecedents,
  skipClause = -1,
): RawEvent[] {
  const out: RawEvent[] = []
  const hits = findTriggers(sv.tokens, lex)
  const codedClauses = new Set<number>()
  for (const hit of hits) {
    const ci = clauseIndexOf(sv.clauses, hit.head)
    if (ci === skipClause) continue
    const clause = sv.clauses[ci] as Clause
    if (codedClauses.has(ci) && !hasAgent(sv, hit)) continue
    if (clause.opener === ',ing' && mainWasCoded(sv.clauses, ci, codedClauses)) continue
    const events = codeHit(view, sv, hit, ci, lex, ante)
    if (events.length) codedClauses.add(ci)
    out.push(...events)
  }
  updateAntecedents(view, sv, ante)
  return dedupe(out)
}

function clauseIndexOf(clauses: readonly Clause[], i: number): number {
  for (let k = clauses.length - 1; k >= 0; k--) if ((clauses[k]?.start ?? 0) <= i) return k
  return 0
}

function mainWasCoded(clauses: readonly Clause[], ci: number, coded: ReadonlySet<number>): boolean {
  for (let k = ci - 1; k >= 0; k--) {
    if (clauses[k]?.opener !== ',ing') return coded.has(k)
    if (coded.has(k)) return true
  }
  return false
}

function hasAgent(sv: SentenceView, hit: Hit): boolean {
  return hit.def.nominal && AGENT.has(sv.tokens[hit.end]?.lower ?? '')
}

function codeHit(
  view: DocView,
  sv: SentenceView,
  hit: Hit,
  ci: number,
  lex: Lexicon,
  ante: Antecedents,
): RawEvent[] {
  const { def, head, end } = hit
  const clause = sv.clauses[ci] as Clause
  const toks = sv.tokens
  if (def.nominal && !nominalIsEvent(sv, hit, lex)) return []
  if (!def.nominal && lex.background.has(clause.opener ?? '')) return []
  if (toks.slice(clause.start, head).some((t) => lex.fear.has(t.lower))) return []
  const intentAt = lex.intent.findLastIn(toks, Math.max(clause.start, head - 4), head)
  const speechBefore = lex.speechVerbs.findIn(toks, 0, clause.start) >= 0
  const intent = intentAt >= 0 && (toks[intentAt]?.lower !== 'would' || speechBefore)
  if (def.intentOnly && !intent) return []
  if (def.speechOnly && !speechBefore) return []
  let type = def.type
  let mode = def.mode
  if (intent && HOSTILE.has(type) && type !== 'THREATEN')
    [type, mode] = ['THREATEN', THREAT_MODE[type] ?? mode]
  else if (intent && FRIENDLY.has(type) && type !== 'AGREE') [type, mode] = ['AGREE', null]

  const at = toks[head]?.start ?? 0
  const reporter = findReporter(view, sv, lex, ante)
  let actors: Filler
  let recipients: Filler
  const passive = !def.nominal && isPassive(sv, hit, lex)
  if (def.target === 'subject') {
    recipients = findSubject(view, sv, ci, head, ante)
    const speaker = speakerParty(view, at)
    actors = speaker ? { parties: [speaker], group: null } : reporter.filler
  } else if (passive) {
    actors = findAgent(sv, end, clause.end, AGENT)
    recipients = findSubject(view, sv, ci, head, ante)
  } else if (def.nominal) {
    const agent = findAgent(sv, end, Math.min(toks.length, end + 2), AGENT)
    const receptive = lex.receptiveVerbs.findIn(toks, Math.max(clause.start, head - 4), head) >= 0
    const subject = findSubject(view, sv, ci, head, ante)
    actors = agent.parties.length ? agent : receptive ? { parties: [], group: null } : subject
    recipients = agent.parties.length && receptive ? subject : findObject(sv, ci, end)
  } else {
    actors = findSubject(view, sv, ci, head, ante)
    recipients = findObject(sv, ci, end)
  }
  if (!actors.parties.length) return []
  const actorCode = actors.parties[0]?.code ?? null
  if (!recipients.parties.length && hasCountryNoun(sv, end, clause.end)) {
    const topic = topicParty(view)
    if (topic) recipients = { parties: [topic], group: null }
  }
  if (!recipients.parties.length)
    recipients = otherState(sv, clause.end, actorCode, reporter.tailStart)
  if (!recipients.parties.length && def.nominal) {
    const topic = topicParty(view)
    if (topic && topic.code !== actorCode) recipients = { parties: [topic], group: null }
  }
  const status = decideStatus({ sv, clause, head, intent, inQuote: !!quoteAt(view, at) }, lex)
  const out: RawEvent[] = []
  for (const actor of actors.parties) {
    const targets: Array<Party | null> = recipients.parties.length
      ? [...recipients.parties]
      : [DOMESTIC.has(type) ? actor : null]
    for (const recipient of targets) {
      if (
        recipient &&
        recipient.code === actor.code &&
        recipient.entity === actor.entity &&
        actors.group === recipients.group &&
        actors.group
      )
        continue
      out.push({ type, mode, actor, recipient, status, reportedBy: reporter.name, head })
    }
  }
  return out
}

/** A nominal is an event only as the object of a support verb or with an agent, never as background. */
function nominalIsEvent(sv: SentenceView, hit: Hit, lex: Lexicon): boolean {
  const toks = sv.tokens
  for (let i = hit.head - 1; i >= Math.max(0, hit.head - 4); i--) {
    const t = toks[i]
    if (!t) break
    if (lex.possessives.has(t.lower) || lex.background.has(t.lower)) return false
    if (t.lower === 'of' || t.lower === 'in') return false
    if (lex.supportVerbs.lengthAt(toks, i) > 0) return true
    if (t.lower === 'there' && /^(is|are|was|were|has|have)$/.test(toks[i + 1]?.lower ?? ''))
      return true
    if (t.text === ',' || t.text === ';' || t.text === ':') break
  }
  if (AGENT.has(toks[hit.end]?.lower ?? '')) return true
  // "an accusation he also leveled against …": the support verb follows in a reduced relative.
  for (let i = hit.end; i < Math.min(toks.length, hit.end + 4); i++) {
    const t = toks[i]
    if (!t || t.text === ',' || PREPOSITIONS.has(t.lower)) break
    if (lex.supportVerbs.lengthAt(toks, i) > 0 && i > hit.end) return true
  }
  return false
}

function isPassive(sv: SentenceView, hit: Hit, lex: Lexicon): boolean {
  const head = sv.tokens[hit.head]
  if (!head || !isParticiple(head.lower, lex.participles)) return false
  for (let i = hit.head - 1; i >= Math.max(0, hit.head - 3); i--)
    if (BE.has(sv.tokens[i]?.lower ?? '')) return true
  return false
}

/** Who the sentence attributes its content to: "according to X", or the subject of a speech verb. */
function findReporter(
  view: DocView,
  sv: SentenceView,
  lex: Lexicon,
  ante: Antecedents,
): { filler: Filler; name: string | null; tailStart: number } {
  const toks = sv.tokens
  const acc = findAgent(sv, 0, toks.length, SPEECH_AGENT)
  const tail = acc.group ? Math.max(0, acc.group.first - 2) : toks.length
  const at = lex.speechVerbs.findIn(toks, 0, toks.length)
  let filler = acc
  if (!filler.parties.length && at >= 0) {
    const ci = clauseIndexOf(sv.clauses, at)
    filler = findSubject(view, sv, ci, at, ante)
    if (!filler.parties.length) filler = findObject(sv, ci, at + 1)
  }
  const p = filler.parties[0]
  const name = p ? (p.entity ?? p.code) : null
  const tailStart =
    filler.group && filler.group.first > 0 && at >= 0 && at > toks.length / 2
      ? Math.min(tail, filler.group.first)
      : tail
  return { filler, name, tailStart }
}

function updateAntecedents(_view: DocView, sv: SentenceView, ante: Antecedents): void {
  const main = sv.clauses[0]
  if (!main) return
  for (const g of sv.groups) {
    if (g.first >= main.end) break
    const before = sv.tokens[g.first - 1]
    if (before && PREPOSITIONS.has(before.lower)) continue
    const p = g.parties.find((x) => x.code && x.kind !== 'PERSON')
    if (p) ante.lastSubject = p
    ante.lastAny = g.parties.find((x) => x.code) ?? ante.lastAny
    break
  }
}

function dedupe(events: readonly RawEvent[]): RawEvent[] {
  const seen = new Set<string>()
  return events.filter((e) => {
    const key = `${e.type}|${e.actor.code}|${e.recipient?.code ?? ''}|${e.status}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
