import type Database from 'better-sqlite3'
import type { Entity } from '../../core/model.js'
import type { EntityQuery, StoredEntity } from '../store.js'
import { Where } from '../where.js'
import type { ReadCache } from './read-cache.js'
import { entityFromRow, type Row } from './rows.js'
import { statement } from './save-doc.js'

/** Inserts or replaces entities (their counts are kept: see entity-counts.ts). */
export function upsertEntityRows(db: Database.Database, entities: readonly Entity[]): void {
  const stmt = statement(
    db,
    `INSERT INTO entities (id, type, name, aliases, country, sector, role) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, aliases = excluded.aliases,
     country = excluded.country, sector = excluded.sector, role = excluded.role`,
  )
  db.transaction(() => {
    for (const e of entities)
      stmt.run(e.id, e.type, e.name, JSON.stringify(e.aliases), e.country, e.sector, e.role)
  })()
}

/** A page of entities, most mentioned first. */
export function listEntityRows(
  reads: ReadCache,
  query: EntityQuery,
  [limit, offset]: [number, number],
): StoredEntity[] {
  const w = new Where()
    .eq('type', query.type)
    .eq('country', query.country)
    .add(query.q, '(name LIKE ? OR aliases LIKE ?)', `%${query.q}%`, `%${query.q}%`)
  // mention_count and doc_count are added by the writer (entity-counts.ts, migration 0013).
  const sql = `SELECT * FROM entities ${w} ORDER BY mention_count DESC, id LIMIT ? OFFSET ?`
  return (reads.prepared(sql).all(...w.args, limit, offset) as Row[]).map(entityFromRow)
}

/** One entity with its counts. */
export function getEntityRow(reads: ReadCache, id: string): StoredEntity | undefined {
  const row = reads.prepared('SELECT * FROM entities WHERE id = ?').get(id) as Row | undefined
  return row ? entityFromRow(row) : undefined
}

/** Entities by id, without counts; unknown ids are left out. */
export function getEntityRecords(reads: ReadCache, ids: readonly string[]): Entity[] {
  if (!ids.length) return []
  const rows = reads
    .prepared(`SELECT * FROM entities WHERE id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as Row[]
  return rows.map((r) => {
    const { mentionCount: _m, docCount: _d, ...entity } = entityFromRow(r)
    return entity
  })
}
