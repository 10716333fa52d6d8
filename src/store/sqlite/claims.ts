import type Database from 'better-sqlite3'
import type { Claim } from '../../core/model.js'
import { CLAIM_ITEM_MENTIONS, type ClaimQuery, type ClaimsBasis } from '../store.js'
import { Where } from '../where.js'
import type { ReadCache } from './read-cache.js'
import type { Row } from './rows.js'
import { statement } from './save-doc.js'

/** Replaces every claim and records the document `seq` they were built from, in one transaction. */
export function replaceClaimRows(
  db: Database.Database,
  claims: readonly Claim[],
  builtFrom: number,
): void {
  const insert = statement(
    db,
    `INSERT INTO claims (id, type, actor, recipient, actor_entity, status, independent_sources,
     score, first_seen, last_seen, summary, mention_count, first_mentions, mentions)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    statement(db, 'DELETE FROM claims').run()
    for (const c of claims)
      insert.run(
        c.id,
        c.type,
        c.actor,
        c.recipient,
        c.actorEntity,
        c.status,
        c.independentSources,
        c.score,
        c.firstSeen,
        c.lastSeen,
        c.summary,
        c.mentions.length,
        JSON.stringify(c.mentions.slice(0, CLAIM_ITEM_MENTIONS)),
        JSON.stringify(c.mentions),
      )
    statement(db, 'UPDATE claims_basis SET built_from = ? WHERE id = 1').run(builtFrom)
  })()
}

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
