import type { Clause } from './clauses.js'
import type { DocView, SentenceView } from './doc-view.js'
import { findSubject, type Antecedents } from './find-parties.js'
import type { Lexicon } from './lexicon.js'
import type { RawEvent } from './code-sentence.js'
import type { Party } from './noun-groups.js'

const SPAN = 14
const REFUTING = /^(den|reject|dismiss|refut)/

/** A sentence in which someone calls an earlier statement fake, or rejects it as slander. */
export interface Denial {
  /** Clause index of the denial verb: no other event is coded from it. */
  readonly clause: number
  readonly head: number
  readonly denier: Party
}

/** Finds "X dismissed the recording as invented" / "X called it a fake" shapes in a sentence. */
export function findDenial(
  view: DocView,
  sv: SentenceView,
  lex: Lexicon,
  ante: Antecedents,
): Denial | null {
  const toks = sv.tokens
  for (let i = 0; i < toks.length; i++) {
    if (lex.denialVerbs.lengthAt(toks, i) === 0) continue
    const named = lex.denialNouns.findIn(toks, i + 1, Math.min(toks.length, i + SPAN)) >= 0
    if (!named && !REFUTING.test(toks[i]?.lower ?? '')) continue
    const ci = clauseOf(sv.clauses, i)
    // ", a claim Minsk denied", ", which Minsk denied": in a summary appositive or a relative
    // clause on the clause before, the verb itself is the denial.
    const opener = sv.clauses[ci]?.opener
    if (!named && opener !== 'appositive' && opener !== 'which') continue
    const subject = findSubject(view, sv, ci, i, ante).parties[0]
    if (subject?.code) return { clause: ci, head: i, denier: subject }
  }
  return null
}

/**
 * Codes a denial against the document's earlier events: the author denying their own statement
 * gives the same event with status `denied`; anyone else rejecting it gives REJECT towards its author.
 */
export function codeDenial(
  denial: Denial,
  earlier: readonly RawEvent[],
  previousSubject: Party | null,
): RawEvent | null {
  const { denier } = denial
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]
    if (!e) continue
    if (denier.entity ? e.actor.entity === denier.entity : false)
      return { ...e, status: 'denied', reportedBy: denier.entity, head: denial.head }
  }
  // "A recording appears to say Russia will …"; "Petrov, a Russian deputy, called it a fake":
  // an alleged statement pinned only on the denier's state is the one they deny.
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]
    if (e?.status === 'alleged' && !e.actor.entity && e.actor.code === denier.code && denier.entity)
      return { ...e, status: 'denied', reportedBy: denier.entity, head: denial.head }
  }
  const target =
    [...earlier].reverse().find((e) => e.actor.code !== denier.code)?.actor ?? previousSubject
  if (!target || target.code === denier.code) return null
  return {
    type: 'REJECT',
    mode: null,
    actor: denier,
    recipient: target,
    status: 'asserted',
    reportedBy: null,
    head: denial.head,
  }
}

function clauseOf(clauses: readonly Clause[], i: number): number {
  for (let k = clauses.length - 1; k >= 0; k--) if ((clauses[k]?.start ?? 0) <= i) return k
  return 0
}
