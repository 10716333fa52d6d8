import { shortHash, slugify } from '../../core/ids.js'
import type { Claim, ClaimMention } from '../../core/model.js'
import type { StoredEvent } from '../../store/store.js'
import type { MentionItem } from './mention-items.js'
import { claimStatus, stanceOf, type Stance } from './claim-status.js'
import type { CopyDetector } from './copy-detector.js'
import { assignOrigins } from './independence.js'
import { sameEntity } from './same-entity.js'

/** The claim of one group of mentions, its sources told apart with `copies`. */
export function toClaim(
  items: readonly MentionItem[],
  copies: CopyDetector,
  minCorr: number,
): Claim {
  const origins = assignOrigins(
    items.map((i) => ({
      doc: i.docId,
      rootDoc: i.rootDoc,
      publisher: i.doc?.publisher ?? null,
      citedOrigin: i.doc?.origin ?? null,
      reportedBy: ownVoice(i.event) ? null : i.event.reportedBy,
    })),
    { copiesAmong: copies.copiesAmong },
  )
  const mentions: ClaimMention[] = items.map((i, n) => ({
    doc: i.docId,
    source: i.doc?.uri ?? i.docId,
    publisher: i.doc?.publisher ?? null,
    status: i.event.status,
    evidence: i.event.evidence,
    eventId: i.event.id,
    date: i.date,
    origin: origins[n] as string,
  }))
  const stances = new Map<string, Set<Stance>>()
  for (const m of mentions)
    stances.set(m.origin, (stances.get(m.origin) ?? new Set()).add(stanceOf(m.status)))
  const events = items.map((i) => i.event)
  const first = [...events].sort((a, b) => (a.id < b.id ? -1 : 1))[0] as StoredEvent
  const supporting = events.filter((e) => stanceOf(e.status) !== 'denies')
  const scored = supporting.length ? supporting : events
  const dates = mentions
    .map((m) => m.date)
    .filter((d): d is string => !!d)
    .sort()
  const actorEntity = mostCommon(events.map((e) => e.actorEntity))
  const recipient = mostCommon(events.map((e) => e.recipient))
  const lead = (supporting[0] ?? events[0]) as StoredEvent
  return {
    id: shortHash(`claim|${first.type}|${first.actor}|${first.id}`),
    type: first.type,
    actor: first.actor,
    recipient,
    actorEntity,
    status: claimStatus(
      [...stances].map(([origin, s]) => ({ origin, stances: s })),
      minCorr,
    ),
    independentSources: stances.size,
    score: Math.round((scored.reduce((s, e) => s + e.score, 0) / scored.length) * 100) / 100,
    firstSeen: dates[0] ?? null,
    lastSeen: dates.at(-1) ?? null,
    summary: `${first.actor ?? '?'}${actorEntity ? ` (${actorEntity})` : ''} ${first.type} ${recipient ?? '?'}: ${clip(lead.evidence, 160)}`,
    mentions,
  }
}

/**
 * True when the text attributes the event to its own actor ("Lavrov said", "according to Moscow"
 * coded as RUS), not to a relay: the attribution is the actor's code or shares a name part with the
 * actor entity.
 */
function ownVoice(e: StoredEvent): boolean {
  if (!e.reportedBy) return true
  const by = slugify(e.reportedBy)
  if (e.actor && by === e.actor.toLowerCase()) return true
  if (e.actorEntity && (by === e.actorEntity || sameEntity(by, e.actorEntity))) return true
  const parts = by.split('-').filter((t) => t.length >= 4)
  const entity = (e.actorEntity ?? '').toLowerCase()
  return parts.some((t) => entity.includes(t))
}

function mostCommon(values: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v
  return best
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}
