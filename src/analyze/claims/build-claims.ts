import { shortHash } from '../../core/ids.js'
import type { Claim, ClaimMention } from '../../core/model.js'
import type { StoredDoc, StoredEvent } from '../../store/store.js'

// TODO(#6): time windows, text similarity, independence of copies, disputed status.
/** Groups events across documents into claims by type and dyad (first cut). */
export function buildClaims(
  events: readonly StoredEvent[],
  docs: ReadonlyMap<string, StoredDoc>,
): Claim[] {
  const groups = new Map<string, StoredEvent[]>()
  for (const e of events) {
    const key = `${e.type}|${e.actor}|${e.recipient}`
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  return [...groups.entries()].map(([key, evs]) => {
    const mentions: ClaimMention[] = evs.map((e) => {
      const d = docs.get(e.doc)
      return {
        doc: e.doc,
        source: d?.source.uri ?? e.doc,
        publisher: d?.meta.publisher ?? null,
        status: e.status,
        evidence: e.evidence,
        eventId: e.id,
        date: e.date,
        origin: d?.duplicateOf ?? e.doc,
      }
    })
    const origins = new Set(mentions.filter((m) => m.status === 'asserted').map((m) => m.origin))
    const first = evs[0] as StoredEvent
    return {
      id: shortHash(key),
      type: first.type,
      actor: first.actor,
      recipient: first.recipient,
      actorEntity: first.actorEntity,
      status:
        origins.size >= 2 ? 'corroborated' : origins.size === 1 ? 'single-source' : 'unverified',
      independentSources: new Set(mentions.map((m) => m.origin)).size,
      score: first.score,
      firstSeen:
        evs
          .map((e) => e.date)
          .filter(Boolean)
          .sort()[0] ?? null,
      lastSeen:
        evs
          .map((e) => e.date)
          .filter(Boolean)
          .sort()
          .at(-1) ?? null,
      summary: `${first.actor ?? '?'} ${first.type} ${first.recipient ?? '?'}`,
      mentions,
    }
  })
}
