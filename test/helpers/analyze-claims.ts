import type { Claim, ClaimMention, EventStatus, EventType } from '../../src/core/model.js'

/** A claim for watch tests: mentions from the given origins with the given statuses. */
export function claim(
  id: string,
  fields: {
    type?: EventType
    actor?: string
    recipient?: string | null
    actorEntity?: string | null
    status?: Claim['status']
    score?: number
    date?: string | null
    evidence?: string
    mentions?: Array<{ origin: string; status: EventStatus; doc?: string }>
  } = {},
): Claim {
  const mentions: ClaimMention[] = (fields.mentions ?? [{ origin: 'P1', status: 'asserted' }]).map(
    (m, i) => ({
      doc: m.doc ?? `${id}-d${i}`,
      source: `/corpus/${id}-d${i}.txt`,
      publisher: m.origin,
      status: m.status,
      evidence: fields.evidence ?? 'An official in Moscow warned Astana about the consequences.',
      eventId: `${id}-e${i}`,
      date: fields.date ?? null,
      origin: m.origin,
    }),
  )
  return {
    id,
    type: fields.type ?? 'THREATEN',
    actor: fields.actor ?? 'RUS',
    recipient: fields.recipient === undefined ? 'KAZ' : fields.recipient,
    actorEntity: fields.actorEntity ?? null,
    status: fields.status ?? 'single-source',
    independentSources: new Set(mentions.map((m) => m.origin)).size,
    score: fields.score ?? -6,
    firstSeen: fields.date ?? null,
    lastSeen: fields.date ?? null,
    summary: `${id} summary`,
    mentions,
  }
}
