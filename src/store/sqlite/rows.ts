import type {
  Claim,
  DatePrecision,
  EventStatus,
  EventType,
  Sector,
  EntityType,
} from '../../core/model.js'
import type { ClaimListItem, StoredDoc, StoredEntity, StoredEvent, StoredQuote } from '../store.js'

/** Row shapes and their mapping to records; shared by the SQL backends. */
export type Row = Record<string, unknown>

const str = (v: unknown): string => String(v)
const strOrNull = (v: unknown): string | null => (v == null ? null : String(v))
const json = <T>(v: unknown, fallback: T): T =>
  typeof v === 'string' ? (JSON.parse(v) as T) : ((v as T) ?? fallback)

export function docFromRow(
  r: Row,
  parts: Pick<StoredDoc, 'sentences' | 'mentions' | 'events' | 'quotes'>,
): StoredDoc {
  return {
    id: str(r['id']),
    source: {
      uri: str(r['uri']),
      file: str(r['file']),
      fetchedAt: str(r['fetched_at']),
      kind: str(r['kind']) as StoredDoc['source']['kind'],
    },
    meta: {
      title: strOrNull(r['title']),
      published: strOrNull(r['published']),
      authors: json(r['authors'], []),
      publisher: strOrNull(r['publisher']),
      language: str(r['language']),
      url: strOrNull(r['url']),
      origin: strOrNull(r['origin']),
    },
    text: str(r['text']),
    diagnostics: json(r['diagnostics'], []),
    duplicateOf: strOrNull(r['duplicate_of']),
    bands: [],
    ...parts,
  }
}

export function eventFromRow(r: Row): StoredEvent {
  return {
    id: str(r['id']),
    doc: str(r['doc']),
    type: str(r['type']) as EventType,
    mode: strOrNull(r['mode']),
    actor: strOrNull(r['actor']),
    recipient: strOrNull(r['recipient']),
    actorEntity: strOrNull(r['actor_entity']),
    recipientEntity: strOrNull(r['recipient_entity']),
    status: str(r['status']) as EventStatus,
    reportedBy: strOrNull(r['reported_by']),
    date: strOrNull(r['date']),
    datePrecision: str(r['date_precision']) as DatePrecision,
    place: strOrNull(r['place']),
    score: Number(r['score']),
    sentence: Number(r['sentence']),
    span: { start: Number(r['start']), end: Number(r['end']) },
    evidence: str(r['evidence']),
  }
}

export function quoteFromRow(r: Row): StoredQuote {
  return {
    id: str(r['id']),
    doc: str(r['doc']),
    span: { start: Number(r['start']), end: Number(r['end']) },
    text: str(r['text']),
    speaker: strOrNull(r['speaker']),
    speakerName: strOrNull(r['speaker_name']),
    cue: strOrNull(r['cue']),
    sentence: Number(r['sentence']),
  }
}

export function entityFromRow(r: Row): StoredEntity {
  return {
    id: str(r['id']),
    type: str(r['type']) as EntityType,
    name: str(r['name']),
    aliases: json(r['aliases'], []),
    country: strOrNull(r['country']),
    sector: strOrNull(r['sector']) as Sector | null,
    role: strOrNull(r['role']),
    mentionCount: Number(r['mention_count'] ?? 0),
    docCount: Number(r['doc_count'] ?? 0),
  }
}

export function claimFromRow(r: Row): Claim {
  return { ...claimFields(r), mentions: json(r['mentions'], []) }
}

/** The columns `claimItemFromRow` reads: every one but the whole `mentions`. */
export const CLAIM_ITEM_COLUMNS =
  'id, type, actor, recipient, actor_entity, status, independent_sources, score, first_seen, last_seen, summary, mention_count, first_mentions'

/** A `ClaimListItem` from a row with `mention_count` and `first_mentions` (a JSON array). */
export function claimItemFromRow(r: Row): ClaimListItem {
  return {
    ...claimFields(r),
    mentionCount: Number(r['mention_count']),
    firstMentions: json(r['first_mentions'], []),
  }
}

function claimFields(r: Row): Omit<Claim, 'mentions'> {
  return {
    id: str(r['id']),
    type: str(r['type']) as EventType,
    actor: strOrNull(r['actor']),
    recipient: strOrNull(r['recipient']),
    actorEntity: strOrNull(r['actor_entity']),
    status: str(r['status']) as Claim['status'],
    independentSources: Number(r['independent_sources']),
    score: Number(r['score']),
    firstSeen: strOrNull(r['first_seen']),
    lastSeen: strOrNull(r['last_seen']),
    summary: str(r['summary']),
  }
}
