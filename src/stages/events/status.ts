import type { EventStatus } from '../../core/model.js'
import type { Clause } from './clauses.js'
import type { DocView, SentenceView } from './doc-view.js'
import type { Lexicon } from './lexicon.js'

const DENY = new Set(['deny', 'denies', 'denied', 'denying'])
const FIRST_PERSON = new Set(['we', 'i'])
const CONDITIONAL = new Set(['if', 'unless', 'whether'])
const IF_TRUE = new Set(['true', 'genuine', 'authentic', 'confirmed', 'accurate', 'real'])
const WINDOW = 6
// How far before a "that" clause its governing denial verb may stand ("denied on Monday that").
const DENY_REACH = 4
const LOOKBACK_SENTENCES = 3

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
 * How the text presents an event, from cues in its clause and sentence. Order of precedence:
 * denied > negated > hypothetical > alleged > asserted (FORMAT.md).
 */
export function decideStatus(input: StatusInput, lex: Lexicon): EventStatus {
  const { sv, clause, head } = input
  const toks = sv.tokens
  const lo = Math.max(clause.start, head - WINDOW)
  for (let i = lo; i < head; i++) if (DENY.has(toks[i]?.lower ?? '')) return 'denied'
  // "Russia denied on Monday that it had attacked …": the denial governs its "that" clause.
  if (clause.opener === 'that')
    for (let i = Math.max(0, clause.start - DENY_REACH); i < clause.start; i++)
      if (DENY.has(toks[i]?.lower ?? '')) return 'denied'
  if (lex.negation.findIn(toks, lo, head) >= 0) {
    const firstPerson = toks.slice(clause.start, head).some((t) => FIRST_PERSON.has(t.lower))
    return input.inQuote && firstPerson ? 'denied' : 'negated'
  }
  const conditional =
    CONDITIONAL.has(clause.opener ?? '') && !IF_TRUE.has(toks[clause.start + 1]?.lower ?? '')
  // "Y could be X's next target": the modal may open the trigger itself.
  const modal = lex.hypothetical.findIn(toks, lo, head + 1) >= 0
  if ((conditional || modal) && !input.intent) return 'hypothetical'
  if (allegedOutside(input, lex)) return 'alleged'
  if (lex.allegedContent.findIn(toks, 0, head) >= 0) return 'alleged'
  if (conditional && IF_TRUE.has(toks[clause.start + 1]?.lower ?? '')) return 'alleged'
  return 'asserted'
}

// An alleged cue anywhere in the sentence, except inside another clause's summary appositive:
// in "X accused Y of …, a claim Y dismissed", "claim" names the accusation; it does not doubt it.
function allegedOutside(input: StatusInput, lex: Lexicon): boolean {
  const { sv, clause } = input
  let from = 0
  for (const c of sv.clauses) {
    if (c.opener !== 'appositive' || c === clause) continue
    if (lex.alleged.findIn(sv.tokens, from, c.start) >= 0) return true
    from = c.end
  }
  return lex.alleged.findIn(sv.tokens, from, sv.tokens.length) >= 0
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
