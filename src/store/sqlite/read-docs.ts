import type { DocQuery, StoredDoc } from '../store.js'
import { Where } from '../where.js'
import type { ReadCache } from './read-cache.js'
import { docFromRow, eventFromRow, quoteFromRow, type Row } from './rows.js'
import { unpackMentions, unpackSentences } from './save-doc.js'

/** One document, whole, or undefined. */
export function getDocRecord(reads: ReadCache, id: string): StoredDoc | undefined {
  const row = reads.prepared('SELECT * FROM documents WHERE id = ?').get(id) as Row | undefined
  return row ? hydrate(reads, row) : undefined
}

/** A page of documents in stored order (`bare`: without sentences, mentions, events, quotes). */
export function listDocRecords(
  reads: ReadCache,
  query: DocQuery,
  [limit, offset]: [number, number],
): StoredDoc[] {
  const w = new Where()
    .add(!query.includeDuplicates, 'd.duplicate_of IS NULL')
    .add(query.q, 'documents_fts MATCH ?', ftsQuery(query.q ?? ''))
  // With a query, the full-text index yields matches in rowid order, which is seq order (both
  // are max + 1 at insert), so the page is cut before any document row is read; ordering by
  // d.seq made SQLite fetch and sort every matching document, text included (14 ms at 10k docs).
  const sql = query.q
    ? `SELECT d.* FROM documents_fts f JOIN documents d ON d.rowid = f.rowid ${w} ORDER BY f.rowid LIMIT ? OFFSET ?`
    : `SELECT d.* FROM documents d ${w} ORDER BY d.seq LIMIT ? OFFSET ?`
  const rows = reads.prepared(sql).all(...w.args, limit, offset) as Row[]
  return rows.map((r) =>
    query.bare
      ? docFromRow(r, { sentences: [], mentions: [], events: [], quotes: [] })
      : hydrate(reads, r),
  )
}

/** A document row with its sentences and mentions (packed in the row) and events and quotes. */
function hydrate(reads: ReadCache, row: Row): StoredDoc {
  const id = String(row['id'])
  const text = String(row['text'])
  const sentences = unpackSentences(row['sentence_list'], text)
  const mentions = unpackMentions(row['mention_list'], text)
  const events = (
    reads.prepared('SELECT * FROM events WHERE doc = ? ORDER BY start').all(id) as Row[]
  ).map(eventFromRow)
  const quotes = (
    reads.prepared('SELECT * FROM quotes WHERE doc = ? ORDER BY start').all(id) as Row[]
  ).map(quoteFromRow)
  return docFromRow(row, { sentences, mentions, events, quotes })
}

/** Turns user words into an FTS5 query of quoted terms, so punctuation cannot break the syntax. */
function ftsQuery(q: string): string {
  const terms = q.match(/[\p{L}\p{N}]+/gu) ?? []
  return terms.length ? terms.map((t) => `"${t}"`).join(' ') : '""'
}
