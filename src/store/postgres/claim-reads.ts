import type { Pool } from 'pg'
import type { Claim, EventType } from '../../core/model.js'
import { EVIDENCE_PAGE, type ClaimBatches, type ClaimKey, type ClaimReads } from '../claim-reads.js'
import { CLAIM_ITEM_MENTIONS } from '../store.js'
import { claimDoc, claimEvents } from '../sqlite/claim-reads.js'
import type { Row } from '../sqlite/rows.js'
import { pgText } from './connect.js'

/** `Store.claimReads` for PostgreSQL: a key's events through the (type, actor) index (0014). */
export function postgresClaimReads(pool: Pool): ClaimReads {
  const rows = async (sql: string, args: unknown[]): Promise<Row[]> =>
    (await pool.query(sql, args)).rows as Row[]
  return {
    async *evidence(pageSize = EVIDENCE_PAGE) {
      for (let after = ''; ;) {
        const page = (await rows(
          'SELECT id, evidence FROM events WHERE id > $1 ORDER BY id LIMIT $2',
          [after, pageSize],
        )) as Array<{ id: string; evidence: string }>
        if (page.length) yield page.map((r) => r.evidence)
        if (page.length < pageSize) return
        after = (page.at(-1) as { id: string }).id
      }
    },
    keys: async () =>
      (await rows('SELECT DISTINCT type, actor FROM events', [])).map((r) => ({
        type: String(r['type']) as EventType,
        actor: r['actor'] == null ? null : String(r['actor']),
      })),
    events: async (key: ClaimKey) =>
      claimEvents(
        await rows(
          `SELECT e.*, d.id AS d_id, d.uri AS d_uri, d.published AS d_published,
            d.publisher AS d_publisher, d.origin AS d_origin, d.duplicate_of AS d_duplicate_of
            FROM events e LEFT JOIN documents d ON d.id = e.doc
            WHERE e.type = $1 AND ${key.actor === null ? 'e.actor IS NULL' : 'e.actor = $2'}`,
          key.actor === null ? [key.type] : [key.type, key.actor],
        ),
      ),
    texts: async (ids) =>
      new Map(
        ids.length
          ? (await rows('SELECT id, text FROM documents WHERE id = ANY($1::text[])', [ids])).map(
              (r) => [String(r['id']), String(r['text'] ?? '')],
            )
          : [],
      ),
    copies: async () =>
      (
        await rows(
          `SELECT id, uri, published, publisher, origin, duplicate_of FROM documents
           WHERE duplicate_of IS NOT NULL`,
          [],
        )
      ).map((r) => claimDoc(r, '')),
  }
}

/**
 * `Store.replaceClaimsFrom` for PostgreSQL: one transaction on one connection (readers see the old
 * claims until it commits), the batches inserted as they come, under the claims lock so that
 * concurrent rebuilds take turns.
 */
export async function replaceClaimsFrom(
  pool: Pool,
  lock: number,
  batches: ClaimBatches,
  builtFrom: number,
): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [lock])
    await client.query('DELETE FROM claims')
    for await (const claims of batches)
      if (claims.length) await client.query(INSERT, columns(claims))
    await client.query('UPDATE claims_basis SET built_from = $1 WHERE id = 1', [builtFrom])
    await client.query('COMMIT')
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw e
  } finally {
    client.release()
  }
}

const INSERT = `INSERT INTO claims (id, type, actor, recipient, actor_entity, status,
  independent_sources, score, first_seen, last_seen, summary, mention_count, first_mentions, mentions)
  SELECT id, type, actor, recipient, actor_entity, status, independent_sources, score, first_seen,
    last_seen, summary, mention_count, first_mentions::jsonb, mentions::jsonb
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
    $8::float8[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[], $14::text[])
    AS t(id, type, actor, recipient, actor_entity, status, independent_sources, score, first_seen,
      last_seen, summary, mention_count, first_mentions, mentions)`

/** The claims as the 14 column arrays `INSERT` takes. */
function columns(claims: readonly Claim[]): unknown[] {
  const col = <T>(f: (c: Claim) => T): T[] => claims.map(f)
  return [
    col((c) => c.id),
    col((c) => c.type),
    col((c) => c.actor),
    col((c) => c.recipient),
    col((c) => c.actorEntity),
    col((c) => c.status),
    col((c) => c.independentSources),
    col((c) => c.score),
    col((c) => c.firstSeen),
    col((c) => c.lastSeen),
    col((c) => pgText(c.summary)),
    col((c) => c.mentions.length),
    col((c) => pgText(JSON.stringify(c.mentions.slice(0, CLAIM_ITEM_MENTIONS)))),
    col((c) => pgText(JSON.stringify(c.mentions))),
  ]
}
