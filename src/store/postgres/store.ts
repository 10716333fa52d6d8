import type { Pool } from 'pg'
import { AppError } from '../../core/errors.js'
import type { Claim, Entity } from '../../core/model.js'
import {
  CLAIM_ITEM_COLUMNS,
  claimFromRow,
  claimItemFromRow,
  docFromRow,
  eventFromRow,
  quoteFromRow,
  type Row,
} from '../sqlite/rows.js'
import {
  type ClaimListItem,
  type ClaimQuery,
  type ClaimsBasis,
  type DocQuery,
  type EntityQuery,
  type EventQuery,
  type IngestFailure,
  type Page,
  type QuoteQuery,
  type Store,
  type StoreCounts,
  type StoredDoc,
  type StoredEntity,
  type StoredEvent,
  type StoredQuote,
} from '../store.js'
import { Where } from '../where.js'
import { inTransaction, like, numbered, pgText, type QueryRows } from './connect.js'
import { getEntityRecords, getEntityRow, listEntityRows, upsertEntityRows } from './entities.js'
import { hydrateDocs } from './hydrate.js'
import { oneBatch, type ClaimBatches, type ClaimReads } from '../claim-reads.js'
import { postgresClaimReads, replaceClaimsFrom } from './claim-reads.js'
import { saveDocRows } from './save-doc.js'

const limitOf = (p: Page | undefined): [number, number] => [
  Math.min(p?.limit ?? 100, 10_000),
  p?.offset ?? 0,
]
// Claims are replaced wholesale; concurrent rebuilds (several workers) take turns.
const CLAIMS_LOCK = 0x636c6169 // "clai"

/** PostgreSQL store: one pooled connection per operation, one transaction per document. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const

  readonly pool: Pool
  readonly location: string | undefined

  /** `url` is where other threads and processes reach the same database (`Store.location`). */
  constructor(pool: Pool, url?: string) {
    this.pool = pool
    this.location = url
  }

  private async rows(sql: string, args: readonly unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(numbered(sql), args.map(pgText))).rows as Row[]
  }

  private readonly rowsOf: QueryRows = (sql, args) => this.rows(sql, args)

  async saveDoc(doc: StoredDoc): Promise<boolean> {
    try {
      return await inTransaction(this.pool, (client) => saveDocRows(client, doc))
    } catch (e) {
      throw new AppError('STORE_FAILED', { op: 'save document', id: doc.source.uri }, { cause: e })
    }
  }

  // Note: each write commits on its own. Several processes share the database (pg-boss workers),
  // and a long transaction would hold their document locks; grouping is left to SQLite.
  beginBatch(): Promise<void> {
    return Promise.resolve()
  }

  commitBatch(): Promise<void> {
    return Promise.resolve()
  }

  async hasDoc(id: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM documents WHERE id = ?', [id])).length > 0
  }

  async getDoc(id: string): Promise<StoredDoc | undefined> {
    const rows = await this.rows('SELECT * FROM documents WHERE id = ?', [id])
    return (await hydrateDocs(this.pool, rows))[0]
  }

  async listDocs(query: DocQuery = {}): Promise<StoredDoc[]> {
    const [limit, offset] = limitOf(query)
    const w = new Where()
      .add(!query.includeDuplicates, 'duplicate_of IS NULL')
      .add(query.q, "tsv @@ plainto_tsquery('simple', fw_unaccent(?))", query.q)
    const rows = await this.rows(`SELECT * FROM documents ${w} ORDER BY seq LIMIT ? OFFSET ?`, [
      ...w.args,
      limit,
      offset,
    ])
    if (query.bare)
      return rows.map((r) => docFromRow(r, { sentences: [], mentions: [], events: [], quotes: [] }))
    return hydrateDocs(this.pool, rows)
  }

  async getDocTexts(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map()
    const rows = await this.pool.query<{ id: string; text: string | null }>(
      'SELECT id, text FROM documents WHERE id = ANY($1::text[])',
      [ids],
    )
    return new Map(rows.rows.map((r) => [r.id, r.text ?? '']))
  }

  async findByBands(bands: readonly string[]): Promise<Array<{ id: string; text: string }>> {
    if (!bands.length) return []
    const rows = await this.pool.query<{ id: string; text: string }>(
      `SELECT d.id, d.text FROM documents d WHERE d.id IN
       (SELECT doc FROM doc_bands WHERE band = ANY($1::text[])) ORDER BY d.seq`,
      [bands],
    )
    return rows.rows
  }

  upsertEntities(entities: readonly Entity[]): Promise<void> {
    return upsertEntityRows(this.pool, entities)
  }

  listEntities(query: EntityQuery = {}): Promise<StoredEntity[]> {
    return listEntityRows(this.rowsOf, query, limitOf(query))
  }

  getEntity(id: string): Promise<StoredEntity | undefined> {
    return getEntityRow(this.rowsOf, id)
  }

  getEntities(ids: readonly string[]): Promise<Entity[]> {
    return getEntityRecords(this.rowsOf, ids)
  }

  async listEvents(query: EventQuery = {}): Promise<StoredEvent[]> {
    const [limit, offset] = limitOf(query)
    const w = new Where()
      .eq('actor', query.actor)
      .eq('recipient', query.recipient)
      .eq('type', query.type)
      .eq('status', query.status)
      .eq('doc', query.doc)
      .add(query.entity, '(actor_entity = ? OR recipient_entity = ?)', query.entity, query.entity)
      .add(query.from, 'date >= ?', query.from)
      .add(query.to, 'date <= ?', query.to)
      .add(query.q, 'fw_unaccent(evidence) ILIKE fw_unaccent(?)', like(query.q))
    // id breaks ties, so pages never overlap whatever plan a query gets.
    const sql = `SELECT * FROM events ${w} ORDER BY date NULLS FIRST, doc, start, id LIMIT ? OFFSET ?`
    return (await this.rows(sql, [...w.args, limit, offset])).map(eventFromRow)
  }

  async listQuotes(query: QuoteQuery = {}): Promise<StoredQuote[]> {
    const [limit, offset] = limitOf(query)
    const w = new Where()
      .eq('speaker', query.speaker)
      .eq('doc', query.doc)
      .add(query.q, 'fw_unaccent(text) ILIKE fw_unaccent(?)', like(query.q))
    const sql = `SELECT * FROM quotes ${w} ORDER BY doc, start, id LIMIT ? OFFSET ?`
    return (await this.rows(sql, [...w.args, limit, offset])).map(quoteFromRow)
  }

  replaceClaims(claims: readonly Claim[], builtFrom: number): Promise<void> {
    return replaceClaimsFrom(this.pool, CLAIMS_LOCK, oneBatch(claims), builtFrom)
  }

  replaceClaimsFrom(batches: ClaimBatches, builtFrom: number): Promise<void> {
    return replaceClaimsFrom(this.pool, CLAIMS_LOCK, batches, builtFrom)
  }

  claimReads(): ClaimReads {
    return postgresClaimReads(this.pool)
  }

  async claimsBasis(): Promise<ClaimsBasis> {
    const [row] = await this.rows(
      `SELECT (SELECT coalesce(max(seq), 0) FROM documents) AS latest,
        (SELECT built_from FROM claims_basis WHERE id = 1) AS built`,
      [],
    )
    const built = row?.['built']
    return { latest: Number(row?.['latest'] ?? 0), builtFrom: built == null ? null : Number(built) }
  }

  async listClaims(query: ClaimQuery = {}): Promise<Claim[]> {
    return (await this.claimRows('*', query)).map(claimFromRow)
  }

  async listClaimItems(query: ClaimQuery = {}): Promise<ClaimListItem[]> {
    return (await this.claimRows(CLAIM_ITEM_COLUMNS, query)).map(claimItemFromRow)
  }

  async getClaim(id: string): Promise<Claim | undefined> {
    const [row] = await this.rows('SELECT * FROM claims WHERE id = ?', [id])
    return row ? claimFromRow(row) : undefined
  }

  private claimRows(columns: string, query: ClaimQuery): Promise<Row[]> {
    const [limit, offset] = limitOf(query)
    const w = new Where().eq('status', query.status).eq('type', query.type)
    const sql = `SELECT ${columns} FROM claims ${w} ORDER BY independent_sources DESC, score, id LIMIT ? OFFSET ?`
    return this.rows(sql, [...w.args, limit, offset])
  }

  async recordFailure(f: IngestFailure): Promise<void> {
    await this.rows('INSERT INTO ingest_failures (uri, code, message, at) VALUES (?, ?, ?, ?)', [
      f.uri,
      f.code,
      f.message,
      f.at,
    ])
  }

  async listFailures(query: Page = {}): Promise<IngestFailure[]> {
    const [limit, offset] = limitOf(query)
    const rows = await this.rows(
      'SELECT uri, code, message, at FROM ingest_failures ORDER BY id DESC LIMIT ? OFFSET ?',
      [limit, offset],
    )
    return rows.map((r) => ({
      uri: String(r['uri']),
      code: String(r['code']),
      message: String(r['message']),
      at: String(r['at']),
    }))
  }

  async counts(): Promise<StoreCounts> {
    const [r] = await this.rows(`SELECT
      (SELECT count(*) FROM documents WHERE duplicate_of IS NULL) AS documents,
      (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL) AS duplicates,
      (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM mentions) AS mentions,
      (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quotes) AS quotes,
      (SELECT count(*) FROM claims) AS claims`)
    const n = (k: string): number => Number(r?.[k] ?? 0)
    return {
      documents: n('documents'),
      duplicates: n('duplicates'),
      entities: n('entities'),
      mentions: n('mentions'),
      events: n('events'),
      quotes: n('quotes'),
      claims: n('claims'),
    }
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
