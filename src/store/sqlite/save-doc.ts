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
  const id = doc.id
  insertRows(db, 'doc_bands', BAND_COLUMNS, doc.bands, (b) => [b, id])
  insertRows(db, 'sentences', SENTENCE_COLUMNS, doc.sentences, (x) => [
    id,
    x.index,
    x.span.start,
    x.span.end,
    x.paragraph,
  ])
  insertRows(db, 'mentions', MENTION_COLUMNS, doc.mentions, (x) => [
    id,
    x.entity,
    x.span.start,
    x.span.end,
    x.text,
  ])
  // Counts per entity for this document in one update each (see migration 0007). An entity row
  // that does not exist yet is counted when it arrives (trigger entities_count_ai).
  const perEntity = new Map<string, number>()
  for (const x of doc.mentions) perEntity.set(x.entity, (perEntity.get(x.entity) ?? 0) + 1)
  const count = prepare(
    'UPDATE entities SET mention_count = mention_count + ?, doc_count = doc_count + 1 WHERE id = ?',
  )
  for (const [entity, n] of perEntity) count.run(n, entity)
  insertRows(db, 'events', EVENT_COLUMN_NAMES, doc.events, (e) => eventValues(id, e))
  insertRows(db, 'quotes', QUOTE_COLUMN_NAMES, doc.quotes, (x, i) => quoteValues(id, x, i))
  return true
}

const BAND_COLUMNS = ['band', 'doc'] as const
const SENTENCE_COLUMNS = ['doc', 'idx', 'start', 'end', 'paragraph'] as const
const MENTION_COLUMNS = ['doc', 'entity', 'start', 'end', 'text'] as const

/**
 * Rows per INSERT statement. One statement per row cost a trip into SQLite and a statement reset
 * for each of a document's ~60 mentions, ~30 sentences and ~10 events; rows are still inserted in
 * list order, so they get the same rowids as one by one.
 */
const ROWS_PER_INSERT = 32

/** Inserts `items` as rows of `table`, up to ROWS_PER_INSERT rows per statement. */
function insertRows<T>(
  db: Database.Database,
  table: string,
  columns: readonly string[],
  items: readonly T[],
  values: (item: T, index: number) => unknown[],
): void {
  for (let from = 0; from < items.length; from += ROWS_PER_INSERT) {
    const to = Math.min(items.length, from + ROWS_PER_INSERT)
    const flat: unknown[] = []
    for (let i = from; i < to; i++) for (const v of values(items[i] as T, i)) flat.push(v)
    statement(db, insertSql(table, columns, to - from)).run(flat)
  }
}

const sqlCache = new Map<string, string>()

/** `INSERT INTO table (columns) VALUES (?, …), …` for `rows` rows, built once per shape. */
function insertSql(table: string, columns: readonly string[], rows: number): string {
  const key = `${table}:${rows}`
  let sql = sqlCache.get(key)
  if (!sql) {
    const row = `(${columns.map(() => '?').join(', ')})`
    sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`
    sqlCache.set(key, sql)
  }
  return sql
}
