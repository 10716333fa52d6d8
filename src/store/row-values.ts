import type { DocId } from '../core/ids.js'
import type { Quote } from '../core/model.js'
import type { StoredEvent } from './store.js'

/**
 * Column order of the `events` and `quotes` tables, and each record's values in that order.
 * Both SQL backends insert through these, so a new column is added in one place.
 */
export const EVENT_COLUMN_NAMES = [
  'id',
  'doc',
  'type',
  'mode',
  'actor',
  'recipient',
  'actor_entity',
  'recipient_entity',
  'status',
  'reported_by',
  'date',
  'date_precision',
  'place',
  'score',
  'sentence',
  'start',
  'end',
  'evidence',
] as const

export const QUOTE_COLUMN_NAMES = [
  'id',
  'doc',
  'start',
  'end',
  'text',
  'speaker',
  'speaker_name',
  'cue',
  'sentence',
] as const

/** An event's values in `EVENT_COLUMN_NAMES` order. */
export function eventValues(doc: DocId, e: StoredEvent): unknown[] {
  return [
    e.id,
    doc,
    e.type,
    e.mode,
    e.actor,
    e.recipient,
    e.actorEntity,
    e.recipientEntity,
    e.status,
    e.reportedBy,
    e.date,
    e.datePrecision,
    e.place,
    e.score,
    e.sentence,
    e.span.start,
    e.span.end,
    e.evidence,
  ]
}

/** A quote's values in `QUOTE_COLUMN_NAMES` order; quote ids are `<doc>-q<index>`. */
export function quoteValues(doc: DocId, q: Quote, index: number): unknown[] {
  return [
    `${doc}-q${index}`,
    doc,
    q.span.start,
    q.span.end,
    q.text,
    q.speaker,
    q.speakerName,
    q.cue,
    q.sentence,
  ]
}
