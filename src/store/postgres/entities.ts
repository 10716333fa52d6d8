import type { Pool } from 'pg'
import type { Entity } from '../../core/model.js'
import { entityFromRow } from '../sqlite/rows.js'
import type { EntityQuery, StoredEntity } from '../store.js'
import { Where } from '../where.js'
import { like, pgText, type QueryRows } from './connect.js'

/**
 * Inserts or updates entities. Aliases are unioned in SQL (existing first), so two workers
 * upserting the same entity at once both keep their aliases; a null field never erases a known one.
 */
export async function upsertEntityRows(pool: Pool, entities: readonly Entity[]): Promise<void> {
  if (!entities.length) return
  await pool.query(
    `INSERT INTO entities (id, type, name, aliases, country, sector, role)
     SELECT id, type, name, aliases::jsonb, country, sector, role
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       AS t(id, type, name, aliases, country, sector, role)
     ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name,
       aliases = (SELECT coalesce(jsonb_agg(a ORDER BY o), '[]'::jsonb) FROM (
         SELECT a, min(o) AS o FROM jsonb_array_elements_text(entities.aliases || excluded.aliases)
           WITH ORDINALITY AS x(a, o) GROUP BY a) s),
       country = coalesce(excluded.country, entities.country),
       sector = coalesce(excluded.sector, entities.sector),
       role = coalesce(excluded.role, entities.role)`,
    [
      entities.map((e) => e.id),
      entities.map((e) => e.type),
      entities.map((e) => pgText(e.name)),
      entities.map((e) => pgText(JSON.stringify(e.aliases))),
      entities.map((e) => e.country),
      entities.map((e) => e.sector),
      entities.map((e) => e.role),
    ],
  )
}

/** A page of entities, most mentioned first. */
export async function listEntityRows(
  rows: QueryRows,
  query: EntityQuery,
  [limit, offset]: [number, number],
): Promise<StoredEntity[]> {
  const w = new Where()
    .eq('e.type', query.type)
    .eq('e.country', query.country)
    .add(query.q, '(e.name ILIKE ? OR e.aliases::text ILIKE ?)', like(query.q), like(query.q))
  // mention_count and doc_count are kept by triggers (migration 0006).
  const sql = `SELECT e.* FROM entities e ${w} ORDER BY mention_count DESC, e.id LIMIT ? OFFSET ?`
  return (await rows(sql, [...w.args, limit, offset])).map(entityFromRow)
}

/** One entity with its counts. */
export async function getEntityRow(rows: QueryRows, id: string): Promise<StoredEntity | undefined> {
  const [row] = await rows('SELECT * FROM entities WHERE id = ?', [id])
  return row ? entityFromRow(row) : undefined
}

/** Entities by id, without counts; unknown ids are left out. */
export async function getEntityRecords(rows: QueryRows, ids: readonly string[]): Promise<Entity[]> {
  if (!ids.length) return []
  const found = await rows(
    `SELECT * FROM entities WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ids,
  )
  return found.map((r) => {
    const { mentionCount: _m, docCount: _d, ...entity } = entityFromRow(r)
    return entity
  })
}
