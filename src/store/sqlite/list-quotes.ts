import type { QuoteQuery } from '../store.js'
import { Where } from '../where.js'
import { fewMatches } from './few-matches.js'
import type { ReadCache } from './read-cache.js'
import type { Row } from './rows.js'

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
  const few = fewMatches(reads, reads.hasQuotesFts, 'quotes_fts', 'text', query.q, pattern)
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
