import type { PoolClient } from 'pg'
import type { StoredDoc } from '../store.js'
import { pgText } from './connect.js'

/** Inserts rows column-wise through `unnest`, one statement per table whatever the row count. */
async function insertMany(
  client: PoolClient,
  table: string,
  columns: ReadonlyArray<readonly [name: string, pgType: string]>,
  rows: ReadonlyArray<readonly unknown[]>,
): Promise<void> {
  if (!rows.length) return
  const cols = columns.map(([name]) => (name === 'end' ? '"end"' : name)).join(', ')
  const arrays = columns.map((_, i) => rows.map((r) => pgText(r[i] ?? null)))
  const args = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')
  await client.query(`INSERT INTO ${table} (${cols}) SELECT * FROM unnest(${args})`, arrays)
}

/**
 * Writes one document and its results inside the caller's transaction. The document row goes
 * first with ON CONFLICT DO NOTHING, so two workers saving the same content hash store it once;
 * returns false for the one that lost.
 */
export async function saveDocRows(client: PoolClient, doc: StoredDoc): Promise<boolean> {
  const m = doc.meta
  const inserted = await client.query(
    `INSERT INTO documents (id, uri, file, kind, fetched_at, title, published, authors, publisher, language, url,
     origin, text, diagnostics, duplicate_of) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (id) DO NOTHING`,
    [
      doc.id,
      doc.source.uri,
      doc.source.file,
      doc.source.kind,
      doc.source.fetchedAt,
      m.title,
      m.published,
      JSON.stringify(m.authors),
      m.publisher,
      m.language,
      m.url,
      m.origin,
      doc.text,
      JSON.stringify(doc.diagnostics),
      doc.duplicateOf,
    ].map(pgText),
  )
  if (!inserted.rowCount) return false
  await insertMany(
    client,
    'doc_bands',
    [
      ['band', 'text'],
      ['doc', 'text'],
    ],
    doc.bands.map((b) => [b, doc.id]),
  )
  await insertMany(
    client,
    'sentences',
    [
      ['doc', 'text'],
      ['idx', 'int'],
      ['start', 'int'],
      ['end', 'int'],
      ['paragraph', 'int'],
    ],
    doc.sentences.map((s) => [doc.id, s.index, s.span.start, s.span.end, s.paragraph]),
  )
  await insertMany(
    client,
    'mentions',
    [
      ['doc', 'text'],
      ['entity', 'text'],
      ['start', 'int'],
      ['end', 'int'],
      ['text', 'text'],
    ],
    doc.mentions.map((x) => [doc.id, x.entity, x.span.start, x.span.end, x.text]),
  )
  await insertMany(
    client,
    'events',
    EVENT_COLUMNS,
    doc.events.map((e) => [
      e.id,
      doc.id,
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
    ]),
  )
  await insertMany(
    client,
    'quotes',
    QUOTE_COLUMNS,
    doc.quotes.map((x, i) => [
      `${doc.id}-q${i}`,
      doc.id,
      x.span.start,
      x.span.end,
      x.text,
      x.speaker,
      x.speakerName,
      x.cue,
      x.sentence,
    ]),
  )
  return true
}

const EVENT_COLUMNS = [
  ['id', 'text'],
  ['doc', 'text'],
  ['type', 'text'],
  ['mode', 'text'],
  ['actor', 'text'],
  ['recipient', 'text'],
  ['actor_entity', 'text'],
  ['recipient_entity', 'text'],
  ['status', 'text'],
  ['reported_by', 'text'],
  ['date', 'text'],
  ['date_precision', 'text'],
  ['place', 'text'],
  ['score', 'float8'],
  ['sentence', 'int'],
  ['start', 'int'],
  ['end', 'int'],
  ['evidence', 'text'],
] as const

const QUOTE_COLUMNS = [
  ['id', 'text'],
  ['doc', 'text'],
  ['start', 'int'],
  ['end', 'int'],
  ['text', 'text'],
  ['speaker', 'text'],
  ['speaker_name', 'text'],
  ['cue', 'text'],
  ['sentence', 'int'],
] as const
