import type { QuoteQuery } from '../store.js'
import { Where } from '../where.js'
import type { ReadCache } from './read-cache.js'
import type { Row } from './rows.js'

/** Trigram candidates up to which a quote search reads every one and sorts them. */
const FEW_MATCHES = 300

/**
 * Rows of one page of quotes in list order (document, span start). A search string held by few
 * quotes reads those through the trigram index (migration 0012) and sorts them, instead of testing
 * every quote (28 ms at 20k quotes); a common one walks the list order, which meets a page of
 * matches early. `LIKE` on the quote text decides in both.
 */
export function listQuoteRows(
  reads: ReadCache,
  query: QuoteQuery,
  limit: number,
  offset: number,
): Row[] {
  const pattern = `%${query.q}%`
  // The trigram index answers LIKE only for 3 characters or more.
  const few =
    !!query.q &&
    reads.hasQuotesFts &&
    [...query.q].length >= 3 &&
    reads
      .prepared('SELECT rowid FROM quotes_fts WHERE text LIKE ? LIMIT ?')
      .all(pattern, FEW_MATCHES + 1).length <= FEW_MATCHES
  // With few candidates, `+col` keeps SQLite from walking another index instead.
  const c = (col: string): string => (few ? `+${col}` : col)
  const w = new Where()
    .add(few, 'rowid IN (SELECT rowid FROM quotes_fts WHERE text LIKE ?)', pattern)
    .eq(c('speaker'), query.speaker)
    .eq(c('doc'), query.doc)
    .add(query.q, 'text LIKE ?', pattern)
  const sql = `SELECT * FROM quotes ${w} ORDER BY doc, start, rowid LIMIT ? OFFSET ?`
  return reads.prepared(sql).all(...w.args, limit, offset) as Row[]
}
