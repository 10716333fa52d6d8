import type Database from 'better-sqlite3'
import type { Mention, Sentence } from '../../core/model.js'
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

const INSERT_DOCUMENT = `INSERT INTO documents (id, uri, file, kind, fetched_at, title, published, authors, publisher,
  language, url, origin, text, diagnostics, duplicate_of, seq, sentence_list, mention_list)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

/**
 * Writes one document and its results; runs inside the caller's transaction. Entity counts are
 * the caller's (see entity-counts.ts), added once the document is saved.
 */
export function saveDocRows(db: Database.Database, doc: StoredDoc): boolean {
  const exists = statement(db, 'SELECT 1 FROM documents WHERE id = ?').get(doc.id)
  if (exists) return false
  const seq = Number(
    (statement(db, 'SELECT coalesce(max(seq), 0) + 1 AS n FROM documents').get() as { n: number })
      .n,
  )
  const m = doc.meta
  statement(db, INSERT_DOCUMENT).run(
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
    packSentences(doc.sentences),
    packMentions(doc.mentions, doc.text),
  )
  const id = doc.id
  // OR IGNORE: (band, doc) is the key (migration 0013), and a list may repeat a band.
  insertRows(db, 'doc_bands', BAND_COLUMNS, doc.bands, (b) => [b, id], 'OR IGNORE')
  insertRows(db, 'events', EVENT_COLUMN_NAMES, doc.events, (e) => eventValues(id, e))
  insertRows(db, 'quotes', QUOTE_COLUMN_NAMES, doc.quotes, (x, i) => quoteValues(id, x, i))
  return true
}

/** Sentences as `sentence_list` keeps them (migration 0013); their text is the document's slice. */
function packSentences(sentences: readonly Sentence[]): string {
  return JSON.stringify(sentences.map((s) => [s.index, s.span.start, s.span.end, s.paragraph]))
}

/** Mentions as `mention_list` keeps them (migration 0013): the text only when not the slice. */
function packMentions(mentions: readonly Mention[], text: string): string {
  return JSON.stringify(
    mentions.map((x) => {
      const { start, end } = x.span
      return x.text === text.slice(start, end)
        ? [x.entity, start, end]
        : [x.entity, start, end, x.text]
    }),
  )
}

/** `sentence_list` back as sentences, their text cut from the document. */
export function unpackSentences(packed: unknown, text: string): Sentence[] {
  const rows = JSON.parse(String(packed ?? '[]')) as Array<[number, number, number, number]>
  return rows.map(([index, start, end, paragraph]) => ({
    index,
    span: { start, end },
    paragraph,
    text: text.slice(start, end),
  }))
}

/** `mention_list` back as mentions in span order (stable: ties keep their list order). */
export function unpackMentions(packed: unknown, text: string): Mention[] {
  const rows = JSON.parse(String(packed ?? '[]')) as Array<[string, number, number, string?]>
  return rows
    .map(([entity, start, end, own]) => ({
      entity,
      span: { start, end },
      text: own ?? text.slice(start, end),
    }))
    .sort((a, b) => a.span.start - b.span.start)
}

const BAND_COLUMNS = ['band', 'doc'] as const

/**
 * Rows per INSERT statement. One statement per row cost a trip into SQLite and a statement reset
 * for each of a document's ~10 events and ~16 band keys; rows are still inserted in list order,
 * so they get the same rowids as one by one.
 */
const ROWS_PER_INSERT = 32

/** Inserts `items` as rows of `table`, up to ROWS_PER_INSERT rows per statement. */
function insertRows<T>(
  db: Database.Database,
  table: string,
  columns: readonly string[],
  items: readonly T[],
  values: (item: T, index: number) => unknown[],
  or = '',
): void {
  for (let from = 0; from < items.length; from += ROWS_PER_INSERT) {
    const to = Math.min(items.length, from + ROWS_PER_INSERT)
    const flat: unknown[] = []
    for (let i = from; i < to; i++) for (const v of values(items[i] as T, i)) flat.push(v)
    statement(db, insertSql(or, table, columns, to - from)).run(flat)
  }
}

const sqlCache = new Map<string, string>()

/** `INSERT [or] INTO table (columns) VALUES (?, …), …` for `rows` rows, built once per shape. */
function insertSql(or: string, table: string, columns: readonly string[], rows: number): string {
  const key = `${or}:${table}:${rows}`
  let sql = sqlCache.get(key)
  if (!sql) {
    const row = `(${columns.map(() => '?').join(', ')})`
    sql = `INSERT ${or} INTO ${table} (${columns.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`
    sqlCache.set(key, sql)
  }
  return sql
}
