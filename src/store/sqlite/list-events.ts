import type { EventQuery } from '../store.js'
import { Where } from '../where.js'
import { fewMatches } from './few-matches.js'
import type { ReadCache } from './read-cache.js'
import type { Row } from './rows.js'

/** Offsets from which a page may be read from the end of the list (needs a cached count). */
const DEEP_OFFSET = 1000

/**
 * Rows of one page of events in list order (date, undated first; document; span start; rowid),
 * with the plan that suits the filters: see the comments below for the measured reasons.
 */
export function listEventRows(
  reads: ReadCache,
  query: EventQuery,
  limit: number,
  offset: number,
): Row[] {
  const pattern = `%${query.q}%`
  // A string held by few events: read those through the trigram index and sort them (a scan of
  // every evidence sentence took 130-270 ms at 100k events); a common one: walk the list order
  // and test each event, which meets a page of matches early.
  const few = fewMatches(reads, reads.hasEventsFts, 'events_fts', 'evidence', query.q, pattern)
  // With few candidates, `+col` keeps SQLite from walking another index instead (an entity's
  // events are thousands; the candidates, a few hundred at most).
  const c = (col: string): string => (few ? `+${col}` : col)
  const where = (entityCol?: string): Where =>
    new Where()
      .add(few, 'rowid IN (SELECT rowid FROM events_fts WHERE evidence LIKE ?)', pattern)
      .eq(c('actor'), query.actor)
      .eq(c('recipient'), query.recipient)
      .eq(c('type'), query.type)
      .eq(c('status'), query.status)
      .eq(c('doc'), query.doc)
      .add(entityCol, `${entityCol} = ?`, query.entity)
      .add(
        few && query.entity,
        '(+actor_entity = ? OR +recipient_entity = ?)',
        query.entity,
        query.entity,
      )
      .add(query.from, `${c('date')} >= ?`, query.from)
      .add(query.to, `${c('date')} <= ?`, query.to)
      .add(query.q, 'evidence LIKE ?', pattern)
  if (query.entity && !few) {
    // Either side of the event: two ordered index walks merged by the UNION (an OR scanned
    // every event: 125-165 ms at 100k events).
    const a = where('actor_entity')
    const r = where('recipient_entity')
    const sql = `SELECT rowid AS seq, * FROM events ${a} UNION SELECT rowid AS seq, * FROM events ${r}
      ORDER BY date, doc, start, seq LIMIT ? OFFSET ?`
    return reads.prepared(sql).all(...a.args, ...r.args, limit, offset) as Row[]
  }
  const w = where()
  const order = 'date, doc, start, rowid'
  // A page in the back half is read from the end: an offset costs one index step per skipped
  // row (5-9 ms at offset 90,000 of 100k), and walking back from the end skips far fewer.
  const total =
    offset >= DEEP_OFFSET ? reads.count(`SELECT count(*) AS n FROM events ${w}`, w.args) : 0
  if (offset * 2 < total || total === 0) {
    const sql = `SELECT * FROM events ${w} ORDER BY ${order} LIMIT ? OFFSET ?`
    return reads.prepared(sql).all(...w.args, limit, offset) as Row[]
  }
  const take = Math.max(0, Math.min(limit, total - offset))
  const desc = order.replaceAll(',', ' DESC,') + ' DESC'
  const sql = `SELECT * FROM events ${w} ORDER BY ${desc} LIMIT ? OFFSET ?`
  return (reads.prepared(sql).all(...w.args, take, total - offset - take) as Row[]).reverse()
}
