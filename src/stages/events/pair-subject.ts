import type { Clause } from './clauses.js'
import type { SentenceView } from './doc-view.js'
import type { Filler } from './find-parties.js'
import type { Party } from './noun-groups.js'

const NUMBER = new Set(['two', 'both'])
// Plural nouns that "the two …" / "both …" use for the sides of an encounter just reported.
const SIDE_NOUNS = new Set(
  (
    'leaders sides presidents ministers countries men governments delegations heads states ' +
    'nations neighbours neighbors premiers counterparts capitals foreign'
  ).split(' '),
)

/**
 * "The two leaders discussed …", "both sides agreed …": a subject naming the two sides of the
 * encounter last coded (no party of its own before the verb). Returns the actor and counterpart
 * from that encounter, or null. The actor is the side that acted then; a third state named as the
 * object of a non-consultation stays the recipient ("both sides condemned X").
 */
export function pairSides(
  sv: SentenceView,
  clause: Clause,
  head: number,
  pair: readonly [Party, Party] | null,
  object: Filler,
  consult: boolean,
): { actors: Filler; recipients: Filler } | null {
  if (!pair) return null
  const toks = sv.tokens
  let found = false
  for (let i = clause.start; i < head - 1 && !found; i++)
    found = NUMBER.has(toks[i]?.lower ?? '') && SIDE_NOUNS.has(toks[i + 1]?.lower ?? '')
  if (!found) return null
  if (sv.groups.some((g) => g.first >= clause.start && g.first < head)) return null
  const codes = new Set(pair.map((p) => p.code))
  const third = object.parties.filter((p) => !codes.has(p.code))
  if (!consult && third.length)
    return {
      actors: { parties: [...pair], group: null },
      recipients: { ...object, parties: third },
    }
  return {
    actors: { parties: [pair[0]], group: null },
    recipients: { parties: [pair[1]], group: null },
  }
}

/** The last event of `events` between two different states, as [actor, recipient], or `prev`. */
export function lastPair(
  events: ReadonlyArray<{ readonly actor: Party; readonly recipient: Party | null }>,
  prev: readonly [Party, Party] | null,
): readonly [Party, Party] | null {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]
    if (e?.recipient?.code && e.actor.code && e.actor.code !== e.recipient.code)
      return [e.actor, e.recipient]
  }
  return prev
}
