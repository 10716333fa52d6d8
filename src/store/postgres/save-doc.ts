import type { PoolClient } from 'pg'
import type { StoredDoc } from '../store.js'
import { pgText } from './connect.js'
import { EVENT_COLUMN_NAMES, QUOTE_COLUMN_NAMES, eventValues, quoteValues } from '../row-values.js'

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
    doc.events.map((e) => eventValues(doc.id, e)),
  )
  await insertMany(
    client,
    'quotes',
    QUOTE_COLUMNS,
    doc.quotes.map((x, i) => quoteValues(doc.id, x, i)),
  )
  return true
}

// Columns that are not text; everything else is inserted as text[].
const PG_TYPES: Readonly<Record<string, string>> = {
  score: 'float8',
  sentence: 'int',
  start: 'int',
  end: 'int',
}
const typed = (names: readonly string[]): Array<readonly [string, string]> =>
  names.map((n) => [n, PG_TYPES[n] ?? 'text'] as const)
const EVENT_COLUMNS = typed(EVENT_COLUMN_NAMES)
const QUOTE_COLUMNS = typed(QUOTE_COLUMN_NAMES)
