import type Database from 'better-sqlite3'
import type { Claim, EventType } from '../../core/model.js'
import {
  EVIDENCE_PAGE,
  type ClaimBatches,
  type ClaimDoc,
  type ClaimEvent,
  type ClaimKey,
  type ClaimReads,
} from '../claim-reads.js'
import { CLAIM_ITEM_MENTIONS } from '../store.js'
import { eventFromRow, type Row } from './rows.js'
import { statement } from './save-doc.js'

const DOC_COLUMNS = 'id, uri, published, publisher, origin, duplicate_of'

/**
 * `Store.claimReads` for SQLite. Each method is one or a few statements run to the end (no open
 * cursor), so the caller may write between them. A key's events are an index walk (migration
 * 0014).
 */
export function sqliteClaimReads(db: Database.Database): ClaimReads {
  // `duplicate_of` lies after the text in a document row: reading it with every event walked the
  // text's overflow pages (most of the events read). The copies are few; their links are read once.
  let links: Map<string, string> | null = null
  const duplicateOf = (id: string): string | null => {
    links ??= new Map(
      (
        statement(
          db,
          'SELECT id, duplicate_of AS d FROM documents WHERE duplicate_of IS NOT NULL',
        ).all() as Array<{ id: string; d: string }>
      ).map((r) => [r.id, r.d]),
    )
    return links.get(id) ?? null
  }
  return {
    async *evidence(pageSize = EVIDENCE_PAGE) {
      const page = statement(
        db,
        'SELECT rowid AS r, evidence AS e FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?',
      )
      for (let after = 0; ;) {
        const rows = page.all(after, pageSize) as Array<{ r: number; e: string }>
        if (rows.length) yield rows.map((r) => r.e)
        if (rows.length < pageSize) return
        after = (rows.at(-1) as { r: number }).r
        await Promise.resolve()
      }
    },
    keys: () => {
      const rows = statement(db, 'SELECT DISTINCT type, actor FROM events').all() as Row[]
      return Promise.resolve(
        rows.map((r) => ({
          type: String(r['type']) as EventType,
          actor: r['actor'] == null ? null : String(r['actor']),
        })),
      )
    },
    events: (key: ClaimKey) => {
      const sql = `SELECT e.*, d.id AS d_id, d.uri AS d_uri, d.published AS d_published,
        d.publisher AS d_publisher, d.origin AS d_origin
        FROM events e LEFT JOIN documents d ON d.id = e.doc
        WHERE e.type = ? AND ${key.actor === null ? 'e.actor IS NULL' : 'e.actor = ?'}`
      const args = key.actor === null ? [key.type] : [key.type, key.actor]
      return Promise.resolve(claimEvents(statement(db, sql).all(...args) as Row[], duplicateOf))
    },
    texts: (ids) => {
      // One statement whatever the number of ids (an IN list of n parameters is compiled per n).
      const sql = 'SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))'
      const rows = statement(db, sql).all(JSON.stringify(ids)) as Array<{
        id: string
        text: string
      }>
      return Promise.resolve(new Map(rows.map((r) => [r.id, r.text ?? ''])))
    },
    copies: () => {
      const sql = `SELECT ${DOC_COLUMNS} FROM documents WHERE duplicate_of IS NOT NULL`
      return Promise.resolve((statement(db, sql).all() as Row[]).map((r) => claimDoc(r, '')))
    },
  }
}

/**
 * Events with their documents, one `ClaimDoc` object per document; `duplicateOf` gives the copy
 * link when the rows lack `d_duplicate_of`.
 */
export function claimEvents(
  rows: readonly Row[],
  duplicateOf?: (id: string) => string | null,
): ClaimEvent[] {
  const docs = new Map<string, ClaimDoc>()
  return rows.map((r) => {
    const id = r['d_id']
    let doc: ClaimDoc | null = null
    if (id != null) {
      doc = docs.get(String(id)) ?? null
      if (!doc) {
        doc = claimDoc(r, 'd_')
        if (duplicateOf) doc = { ...doc, duplicateOf: duplicateOf(doc.id) }
        docs.set(doc.id, doc)
      }
    }
    return { event: eventFromRow(r), doc }
  })
}

/** A `ClaimDoc` from the columns of `DOC_COLUMNS`, named with `prefix`. */
export function claimDoc(r: Row, prefix: string): ClaimDoc {
  const s = (k: string): string | null => {
    const v = r[prefix + k]
    return v == null ? null : String(v)
  }
  return {
    id: String(r[`${prefix}id`]),
    uri: String(r[`${prefix}uri`]),
    published: s('published'),
    publisher: s('publisher'),
    origin: s('origin'),
    duplicateOf: s('duplicate_of'),
  }
}

const CLAIM_COLUMNS = `id, type, actor, recipient, actor_entity, status, independent_sources, score,
  first_seen, last_seen, summary, mention_count, first_mentions, mentions`

/**
 * `Store.replaceClaimsFrom` for SQLite: the batches are written to a temporary table as they come
 * (the store's file stays unlocked meanwhile, so another process may keep writing documents), then
 * moved into `claims` in one short transaction with the basis. Failure leaves the old claims.
 */
export async function replaceClaimsFrom(
  db: Database.Database,
  batches: ClaimBatches,
  builtFrom: number,
): Promise<void> {
  db.exec(`DROP TABLE IF EXISTS temp.claims_next;
    CREATE TEMP TABLE claims_next AS SELECT ${CLAIM_COLUMNS} FROM main.claims WHERE 0`)
  try {
    const insert = db.prepare(
      `INSERT INTO temp.claims_next (${CLAIM_COLUMNS}) VALUES (${CLAIM_COLUMNS.split(',')
        .map(() => '?')
        .join(', ')})`,
    )
    const write = db.transaction((claims: readonly Claim[]) => {
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
    })
    for await (const claims of batches) write(claims)
    db.transaction(() => {
      db.exec('DELETE FROM main.claims')
      db.exec(
        `INSERT INTO main.claims (${CLAIM_COLUMNS}) SELECT ${CLAIM_COLUMNS} FROM temp.claims_next`,
      )
      db.prepare('UPDATE main.claims_basis SET built_from = ? WHERE id = 1').run(builtFrom)
    })()
  } finally {
    db.exec('DROP TABLE IF EXISTS temp.claims_next')
  }
}
