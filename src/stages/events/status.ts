import type { EventStatus, EventType } from '../../core/model.js'
import type { Clause } from './clauses.js'
import { quoteAt, type DocView, type SentenceView } from './doc-view.js'
import type { Lexicon } from './lexicon.js'
import type { Token } from './tokenize.js'

const DENY = new Set(['deny', 'denies', 'denied', 'denying'])
const FIRST_PERSON = new Set(['we', 'i'])
const REFUTE = /^(reject|dismiss|refut|rebuff|den)/
const STATEMENTS = new Set(
  'reports claims allegations accusations suggestions rumours rumors speculation charges'.split(
    ' ',
  ),
)
const CONDITIONAL = new Set(['if', 'unless', 'whether'])
const IF_TRUE = new Set(['true', 'genuine', 'authentic', 'confirmed', 'accurate', 'real'])
const WINDOW = 6
// How far before a "that" clause its governing denial verb may stand ("denied on Monday that").
const DENY_REACH = 4
const LOOKBACK_SENTENCES = 3
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose'])
// Words that may stand between a modal and its own verb ("could not soon be …").
const VERB_GROUP = new Set(['not', 'be', 'been', 'being', 'have', 'also', 'still', 'soon', 'even'])
// How far a support verb after a modal may stand from the noun trigger it carries ("launch a … strike").
const SUPPORT_REACH = 4

/** What the status decision needs to know about one trigger. */
export interface StatusInput {
  readonly sv: SentenceView
  readonly clause: Clause
  readonly head: number
  /** The trigger states an intention ("will", "intend to"): its modal is not a hypothesis. */
  readonly intent: boolean
  readonly inQuote: boolean
}

/**
 * The status of an event in its document: `decideStatus`, then quoted words after a leaked or
 * alleged recording are alleged, and doubt about what is rejected ("rejected the claims") is not
 * doubt about the rejection.
 */
export function eventStatus(
  view: DocView,
  input: Omit<StatusInput, 'inQuote'>,
  type: EventType,
  lex: Lexicon,
): EventStatus {
  const inQuote = !!quoteAt(view, input.sv.tokens[input.head]?.start ?? 0)
  const status = decideStatus({ ...input, inQuote }, lex)
  if (status === 'asserted' && inQuote && leakedBefore(view, input.sv, lex)) return 'alleged'
  if (
    status === 'alleged' &&
    type === 'REJECT' &&
    lex.alleged.findIn(input.sv.tokens, 0, input.head) < 0
  )
    return 'asserted'
  return status
}

/**
 * How the text presents an event, from cues in its clause and sentence. Order of precedence:
 * denied > negated > hypothetical > alleged > asserted (FORMAT.md).
 */
export function decideStatus(input: StatusInput, lex: Lexicon): EventStatus {
  const { sv, clause, head } = input
  const toks = sv.tokens
  const lo = Math.max(clause.start, head - WINDOW)
  for (let i = lo; i < head; i++) if (DENY.has(toks[i]?.lower ?? '')) return 'denied'
  // "Russia denied on Monday that it had attacked …": the denial governs its "that" clause.
  // "rejected reports that it had threatened …": so does a rejection of a statement about it.
  if (clause.opener === 'that') {
    const refuted = STATEMENTS.has(toks[clause.start - 1]?.lower ?? '')
    for (let i = Math.max(0, clause.start - DENY_REACH); i < clause.start; i++) {
      const w = toks[i]?.lower ?? ''
      if (DENY.has(w) || (refuted && REFUTE.test(w))) return 'denied'
    }
  }
  const neg = lex.negation.findIn(toks, lo, head)
  // "has not ruled out asking …": a denied denial leaves the act open.
  if (neg >= 0 && /^rul/.test(toks[neg + 1]?.lower ?? '') && toks[neg + 2]?.lower === 'out')
    return 'hypothetical'
  if (neg >= 0) {
    const firstPerson = toks.slice(clause.start, head).some((t) => FIRST_PERSON.has(t.lower))
    return input.inQuote && firstPerson ? 'denied' : 'negated'
  }
  const conditional =
    (CONDITIONAL.has(clause.opener ?? '') && !IF_TRUE.has(toks[clause.start + 1]?.lower ?? '')) ||
    isQuestion(sv, head)
  // "Y could be X's next target": the modal may open the trigger itself.
  const modal = modalGoverns(toks, lex, lo, head)
  if ((conditional || modal) && !input.intent) return 'hypothetical'
  if (allegedOutside(input, lex)) return 'alleged'
  if (lex.allegedContent.findIn(toks, 0, head) >= 0) return 'alleged'
  if (conditional && IF_TRUE.has(toks[clause.start + 1]?.lower ?? '')) return 'alleged'
  return 'asserted'
}

/**
 * "rejected reports that it had threatened …": a rejection whose object is a statement with its
 * content ("reports that", "the claims that") is a denial of that content, coded there as denied,
 * not an event of its own.
 */
export function refutesContent(toks: readonly Token[], end: number): boolean {
  let i = end
  if (DETERMINER.has(toks[i]?.lower ?? '')) i++
  return STATEMENTS.has(toks[i]?.lower ?? '') && toks[i + 1]?.lower === 'that'
}

const PRESUPPOSING = new Set(['why', 'how'])

/**
 * "Will Moscow invade Kazakhstan next?", '"Could they attack us?" he asked': the trigger stands in
 * a question (the first sentence mark after it is "?"), which asks whether the act happens. "Why"
 * and "how" questions take the act as given.
 */
export function isQuestion(sv: SentenceView, head: number): boolean {
  // Most sentences hold no "?": a native string search first.
  if (!sv.sentence.text.includes('?')) return false
  const toks = sv.tokens
  let i = head + 1
  while (i < toks.length && !/^[.?!]$/.test(toks[i]?.text ?? '')) i++
  if (toks[i]?.text !== '?') return false
  for (let k = head - 1; k >= 0; k--) {
    const t = toks[k]?.text ?? ''
    if (/^[.?!"“]$/.test(t)) break
    if (PRESUPPOSING.has(toks[k]?.lower ?? '')) return false
  }
  return true
}

// A hypothetical cue in `[lo, head]` that bears on the trigger. The month ("In May the …") is no
// modal, and a modal opening a relative clause ("labs that could make …") governs that clause's
// own verb, not a trigger standing after the clause.
function modalGoverns(toks: readonly Token[], lex: Lexicon, lo: number, head: number): boolean {
  for (let m = lex.hypothetical.findIn(toks, lo, head + 1); m >= 0;) {
    if (!isMonth(toks, m) && !(RELATIVE.has(toks[m - 1]?.lower ?? '') && outsideVerbGroup(m)))
      return true
    m = lex.hypothetical.findIn(toks, m + 1, head + 1)
  }
  return false

  function outsideVerbGroup(m: number): boolean {
    let v = m + 1
    while (v < head && (VERB_GROUP.has(toks[v]?.lower ?? '') || /ly$/.test(toks[v]?.lower ?? '')))
      v++
    const reach = lex.supportVerbs.lengthAt(toks, v) > 0 ? SUPPORT_REACH : 0
    return head > v + reach
  }
}

// "May" with a capital inside a sentence, or before a day number, is the month.
function isMonth(toks: readonly Token[], m: number): boolean {
  const t = toks[m]
  return t?.text === 'May' && (m > 0 || /^\d/.test(toks[m + 1]?.text ?? ''))
}

// An alleged cue anywhere in the sentence, except inside another clause's summary appositive:
// in "X accused Y of …, a claim Y dismissed", "claim" names the accusation; it does not doubt it.
function allegedOutside(input: StatusInput, lex: Lexicon): boolean {
  const { sv, clause } = input
  let from = 0
  for (const c of sv.clauses) {
    if (c.opener !== 'appositive' || c === clause) continue
    if (doubtIn(sv.tokens, from, c.start, lex, input.head)) return true
    from = c.end
  }
  return doubtIn(sv.tokens, from, sv.tokens.length, lex, input.head)
}

// "investigating alleged war crimes", "arrested two men over an alleged plot": an adjective of doubt
// after the trigger qualifies its object, not the act.
const DOUBT_ADJECTIVE = new Set(['alleged', 'purported', 'supposed'])

const STATEMENT_NOUN = /^claims?$/
const DETERMINER = new Set("the these those such this that its his her their a an 's".split(' '))

// An alleged cue in `[from, to)`. "the claims are baseless", "its claim": the noun names a
// statement (often one being rejected) and casts no doubt by itself; "the claim that …" does
// (allegedContent).
function doubtIn(
  toks: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  head: number,
): boolean {
  for (
    let i = lex.alleged.findIn(toks, from, to);
    i >= 0;
    i = lex.alleged.findIn(toks, i + 1, to)
  ) {
    const noun =
      STATEMENT_NOUN.test(toks[i]?.lower ?? '') && DETERMINER.has(toks[i - 1]?.lower ?? '')
    if (i > head && DOUBT_ADJECTIVE.has(toks[i]?.lower ?? '')) continue
    if (!noun) return true
  }
  return false
}

/** Statements quoted from a leaked or alleged recording inherit its doubt. */
export function leakedBefore(view: DocView, sv: SentenceView, lex: Lexicon): boolean {
  const i = sv.sentence.index
  for (let k = Math.max(0, i - LOOKBACK_SENTENCES); k < i; k++) {
    const prev = view.sentences[k]
    if (prev && lex.alleged.findIn(prev.tokens, 0, prev.tokens.length) >= 0) return true
  }
  return false
}
