import { stanceOf } from '../../analyze/index.js'
import type { Claim } from '../../core/model.js'
import type { StoredDoc } from '../../store/store.js'

/** A claim as `forewarn claims --json` prints it: snake_case keys, documents named. */
export interface ClaimRecord {
  readonly id: string
  readonly type: string
  readonly actor: string | null
  readonly recipient: string | null
  readonly actor_entity: string | null
  readonly status: string
  readonly independent_sources: number
  readonly score: number
  readonly first_seen: string | null
  readonly last_seen: string | null
  readonly summary: string
  readonly mentions: ReadonlyArray<{
    readonly doc: string
    readonly file: string
    readonly source: string
    readonly title: string | null
    readonly publisher: string | null
    readonly status: string
    readonly stance: string
    readonly evidence: string
    readonly event_id: string
    readonly date: string | null
    /** Independent origin the mention counts under; copies share one. */
    readonly origin: string
  }>
}

/** Converts a claim to its listing record, naming each mention's file and title from `docs`. */
export function claimRecord(c: Claim, docs: ReadonlyMap<string, StoredDoc>): ClaimRecord {
  return {
    id: c.id,
    type: c.type,
    actor: c.actor,
    recipient: c.recipient,
    actor_entity: c.actorEntity,
    status: c.status,
    independent_sources: c.independentSources,
    score: c.score,
    first_seen: c.firstSeen,
    last_seen: c.lastSeen,
    summary: c.summary,
    mentions: c.mentions.map((m) => {
      const d = docs.get(m.doc)
      return {
        doc: m.doc,
        file: d?.source.file ?? m.source.split(/[/\\]/).pop() ?? m.source,
        source: m.source,
        title: d?.meta.title ?? null,
        publisher: m.publisher,
        status: m.status,
        stance: stanceOf(m.status),
        evidence: m.evidence,
        event_id: m.eventId,
        date: m.date,
        origin: m.origin,
      }
    }),
  }
}
