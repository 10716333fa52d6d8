import type { EventStatus, EventType } from '../../core/model.js'
import type { RawEvent } from './code-sentence.js'
import { isCoordination } from './conjuncts.js'
import type { SentenceView } from './doc-view.js'
import { objectIsDomestic } from './domestic.js'
import type { Filler } from './find-parties.js'
import type { Lexicon } from './lexicon.js'

/** What one coded act says, apart from its parties. */
export interface Act {
  readonly type: EventType
  readonly mode: string | null
  readonly status: EventStatus
  readonly reportedBy: string | null
  /** Trigger token range `[head, end)`. */
  readonly head: number
  readonly end: number
}

/**
 * One event per actor and recipient pair (FORMAT.md: dyadic). With no recipient named and two
 * states acting ("Armenia and Azerbaijan agreed …"), each acts on the other; with none and a
 * domestic type or object, the actor's own state is the recipient.
 */
export function emitEvents(
  sv: SentenceView,
  lex: Lexicon,
  act: Act,
  actors: Filler,
  recipients: Filler,
  domesticType: boolean,
): RawEvent[] {
  const { type, mode, status, reportedBy, head, end } = act
  const out: RawEvent[] = []
  const mutual =
    !recipients.parties.length &&
    new Set(actors.parties.map((p) => p.code)).size > 1 &&
    !domesticType
  const actorsJoined = isCoordination(sv, actors)
  const recipientsJoined = isCoordination(sv, recipients)
  for (const [ai, actor] of actors.parties.entries()) {
    if (mutual) {
      for (const other of actors.parties)
        if (other.code !== actor.code)
          out.push({ type, mode, actor, recipient: other, status, reportedBy, head })
      continue
    }
    // Domestic: no target named and no other state in the sentence (FORMAT.md).
    const domestic = domesticType || objectIsDomestic(sv, lex, end, actor.code)
    const targets = recipients.parties.length ? recipients.parties : [domestic ? actor : null]
    for (const [ri, recipient] of targets.entries()) {
      const slot = (actorsJoined ? ai : 0) * targets.length + (recipientsJoined ? ri : 0)
      out.push({ type, mode, actor, recipient, status, reportedBy, head, slot })
    }
  }
  return out
}
