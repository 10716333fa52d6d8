import type Database from 'better-sqlite3'
import type { StoredDoc } from '../store.js'
import { EVENT_COLUMN_NAMES, QUOTE_COLUMN_NAMES, eventValues, quoteValues } from '../row-values.js'

// Statements are prepared once per connection: preparing seven statements for every document
// cost about 1 ms/doc on the single writer (issue #8).
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** `db.prepare(sql)`, prepared once per connection and SQL text. */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let byDb = cache.get(db)
  if (!byDb) cache.set(db, (byDb = new Map()))
  let stmt = byDb.get(sql)
  if (!stmt) byDb.set(sql, (stmt = db.prepare(sql)))
  return stmt
}

function prepared(db: Database.Database): (sql: string) => Database.Statement {
  return (sql) => statement(db, sql)
}

/** Writes one document and its results; runs inside the caller's transaction. */
export function saveDocRows(db: Database.Database, doc: StoredDoc): boolean {
  const prepare = prepared(db)
  const exists = prepare('SELECT 1 FROM documents WHERE id = ?').get(doc.id)
  if (exists) return false
  const seq = Number(
    (prepare('SELECT coalesce(max(seq), 0) + 1 AS n FROM documents').get() as { n: number }).n,
  )
  const m = doc.meta
  prepare(
    `INSERT INTO documents (id, uri, file, kind, fetched_at, title, published, authors, publisher, language, url, origin,
     text, diagnostics, duplicate_of, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
    seq,
  )
  const band = prepare('INSERT INTO doc_bands (band, doc) VALUES (?, ?)')
  for (const b of doc.bands) band.run(b, doc.id)
  const sent = prepare(
    'INSERT INTO sentences (doc, idx, start, end, paragraph) VALUES (?, ?, ?, ?, ?)',
  )
  for (const s of doc.sentences) sent.run(doc.id, s.index, s.span.start, s.span.end, s.paragraph)
  const men = prepare('INSERT INTO mentions (doc, entity, start, end, text) VALUES (?, ?, ?, ?, ?)')
  for (const x of doc.mentions) men.run(doc.id, x.entity, x.span.start, x.span.end, x.text)
  // Counts per entity for this document in one update each (see migration 0007). An entity row
  // that does not exist yet is counted when it arrives (trigger entities_count_ai).
  const perEntity = new Map<string, number>()
  for (const x of doc.mentions) perEntity.set(x.entity, (perEntity.get(x.entity) ?? 0) + 1)
  const count = prepare(
    'UPDATE entities SET mention_count = mention_count + ?, doc_count = doc_count + 1 WHERE id = ?',
  )
  for (const [entity, n] of perEntity) count.run(n, entity)
  const ev = prepare(insertSql('events', EVENT_COLUMN_NAMES))
  for (const e of doc.events) ev.run(...eventValues(doc.id, e))
  const q = prepare(insertSql('quotes', QUOTE_COLUMN_NAMES))
  doc.quotes.forEach((x, i) => q.run(...quoteValues(doc.id, x, i)))
  return true
}

const insertSql = (table: string, columns: readonly string[]): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
