import type Database from 'better-sqlite3'
import type { ClaimQuery, ClaimsBasis } from '../store.js'
import { Where } from '../where.js'
import type { ReadCache } from './read-cache.js'
import type { Row } from './rows.js'
import { statement } from './save-doc.js'

/** See `Store.claimsBasis`; both reads are index lookups. */
export function readClaimsBasis(db: Database.Database): ClaimsBasis {
  const latest = statement(db, 'SELECT coalesce(max(seq), 0) AS n FROM documents').get() as {
    n: number
  }
  const built = statement(db, 'SELECT built_from AS b FROM claims_basis WHERE id = 1').get() as
    { b: number | null } | undefined
  return { latest: Number(latest.n), builtFrom: built?.b ?? null }
}

/**
 * `columns` of the claims `query` selects, in list order: best sourced first (index walks of
 * migration 0011, also after a status or type filter).
 */
export function claimRows(
  reads: ReadCache,
  columns: string,
  query: ClaimQuery,
  [limit, offset]: [number, number],
): Row[] {
  const w = new Where().eq('status', query.status).eq('type', query.type)
  const sql = `SELECT ${columns} FROM claims ${w} ORDER BY independent_sources DESC, score, id LIMIT ? OFFSET ?`
  return reads.prepared(sql).all(...w.args, limit, offset) as Row[]
}
