import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import { AppError, reasonOf } from '../../core/errors.js'
import type { Claim, Entity } from '../../core/model.js'
import type {
  ClaimListItem,
  ClaimQuery,
  ClaimsBasis,
  DocQuery,
  DyadCounts,
  DyadQuery,
  EntityQuery,
  EventQuery,
  IngestFailure,
  Page,
  QuoteQuery,
  Store,
  StoredDoc,
  StoredEntity,
  StoredEvent,
  StoredQuote,
} from '../store.js'
import { migrate } from './migrate.js'
import { oneBatch, type ClaimBatches, type ClaimReads } from '../claim-reads.js'
import { replaceClaimsFrom, sqliteClaimReads } from './claim-reads.js'
import { claimRows, readClaimsBasis } from './claims.js'
import {
  CLAIM_ITEM_COLUMNS,
  claimFromRow,
  claimItemFromRow,
  eventFromRow,
  quoteFromRow,
  type Row,
} from './rows.js'
import { indexNewEvidence } from './evidence-index.js'
import { saveDocRows, statement } from './save-doc.js'
import { getDocRecord, listDocRecords } from './read-docs.js'
import { getEntityRecords, getEntityRow, listEntityRows, upsertEntityRows } from './entities.js'
import { EntityCounts } from './entity-counts.js'
import { countDyads } from './count-dyads.js'
import { listEventRows } from './list-events.js'
import { listQuoteRows } from './list-quotes.js'
import { ReadCache } from './read-cache.js'

const limitOf = (p: Page | undefined): [number, number] => [
  Math.min(p?.limit ?? 100, 10_000),
  p?.offset ?? 0,
]

/** SQLite store: WAL journal, FTS5 over document text, one transaction per document. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const
  readonly location: string | undefined
  readonly db: Database.Database
  private readonly reads: ReadCache
  /** Entity counts of the documents saved in the open batch, written at its commit. */
  private readonly entityCounts = new EntityCounts()
  /** A batch opened by `beginBatch` is open (its commit writes the entity counts). */
  private batchOpen = false

  constructor(path: string) {
    // '' is a private temporary database, like ':memory:'; URI names are left alone.
    this.location =
      path && path !== ':memory:' && !path.startsWith('file:') ? resolve(path) : undefined
    try {
      this.db = new Database(path)
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('synchronous = NORMAL')
      // Checkpoints every 64 MB of WAL instead of every 4 MB: each one copies pages back and syncs,
      // and at the default they were most of a batch commit's time (issue #8).
      this.db.pragma('wal_autocheckpoint = 16384')
      // A 64 MB page cache (default 2 MB): the writer's batches touch many index pages, and with the
      // small cache they spilled and were read back within one batch.
      this.db.pragma('cache_size = -65536')
      this.db.pragma('foreign_keys = ON')
      this.db.pragma('busy_timeout = 5000')
      migrate(this.db)
      this.reads = new ReadCache(this.db)
    } catch (e) {
      throw new AppError('STORE_UNAVAILABLE', { url: path, reason: reasonOf(e) }, { cause: e })
    }
  }

  saveDoc(doc: StoredDoc): Promise<boolean> {
    try {
      // Inside a batch the evidence index catches up at commit; alone, before this commit.
      const batched = this.db.inTransaction
      // Entity counts wait for the commit only in a batch of ours (`beginBatch`): a transaction
      // the caller opened itself commits without telling the store.
      const deferCounts = batched && this.batchOpen
      const save = (): boolean => {
        const saved = saveDocRows(this.db, doc)
        if (saved && !deferCounts) {
          this.entityCounts.add(doc.mentions)
          this.entityCounts.flush(this.db)
        }
        if (saved && !batched) indexNewEvidence(this.db)
        return saved
      }
      const saved = this.db.transaction(save)()
      // Counted once the document's savepoint is released, so a failed document counts nothing.
      if (saved && deferCounts) this.entityCounts.add(doc.mentions)
      return Promise.resolve(saved)
    } catch (e) {
      return Promise.reject(
        new AppError('STORE_FAILED', { op: 'save document', id: doc.source.uri }, { cause: e }),
      )
    }
  }

  beginBatch(): Promise<void> {
    // Later writes run as savepoints inside this transaction (better-sqlite3 nests them).
    if (!this.db.inTransaction) this.db.exec('BEGIN')
    this.batchOpen = true
    return Promise.resolve()
  }

  commitBatch(): Promise<void> {
    try {
      if (this.db.inTransaction) {
        this.entityCounts.flush(this.db)
        indexNewEvidence(this.db)
        this.db.exec('COMMIT')
      }
      this.batchOpen = false
      return Promise.resolve()
    } catch (e) {
      return Promise.reject(
        new AppError('STORE_FAILED', { op: 'commit', id: 'batch' }, { cause: e }),
      )
    }
  }

  hasDoc(id: string): Promise<boolean> {
    return Promise.resolve(!!statement(this.db, 'SELECT 1 FROM documents WHERE id = ?').get(id))
  }

  getDoc(id: string): Promise<StoredDoc | undefined> {
    return Promise.resolve(getDocRecord(this.reads, id))
  }

  listDocs(query: DocQuery = {}): Promise<StoredDoc[]> {
    return Promise.resolve(listDocRecords(this.reads, query, limitOf(query)))
  }

  getDocTexts(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    // Chunks keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      const rows = this.db
        .prepare(`SELECT id, text FROM documents WHERE id IN (${chunk.map(() => '?').join(',')})`)
        .all(...chunk) as Row[]
      for (const r of rows) out.set(String(r['id']), String(r['text'] ?? ''))
    }
    return Promise.resolve(out)
  }

  findByBands(bands: readonly string[]): Promise<Array<{ id: string; text: string }>> {
    if (!bands.length) return Promise.resolve([])
    const sql = `SELECT DISTINCT d.id, d.text FROM doc_bands b JOIN documents d ON d.id = b.doc WHERE b.band IN (${bands.map(() => '?').join(',')})`
    const rows = statement(this.db, sql).all(...bands) as Row[]
    return Promise.resolve(rows.map((r) => ({ id: String(r['id']), text: String(r['text']) })))
  }

  upsertEntities(entities: readonly Entity[]): Promise<void> {
    upsertEntityRows(this.db, entities)
    return Promise.resolve()
  }

  listEntities(query: EntityQuery = {}): Promise<StoredEntity[]> {
    this.countsCurrent()
    return Promise.resolve(listEntityRows(this.reads, query, limitOf(query)))
  }

  getEntity(id: string): Promise<StoredEntity | undefined> {
    this.countsCurrent()
    return Promise.resolve(getEntityRow(this.reads, id))
  }

  getEntities(ids: readonly string[]): Promise<Entity[]> {
    return Promise.resolve(getEntityRecords(this.reads, ids))
  }

  listEvents(query: EventQuery = {}): Promise<StoredEvent[]> {
    const [limit, offset] = limitOf(query)
    return Promise.resolve(listEventRows(this.reads, query, limit, offset).map(eventFromRow))
  }

  countDyads(query: DyadQuery, maxEvents: number): Promise<DyadCounts> {
    return Promise.resolve(countDyads(this.reads, query, maxEvents))
  }

  dataVersion(): Promise<string> {
    return Promise.resolve(this.reads.version())
  }

  listQuotes(query: QuoteQuery = {}): Promise<StoredQuote[]> {
    const [limit, offset] = limitOf(query)
    return Promise.resolve(listQuoteRows(this.reads, query, limit, offset).map(quoteFromRow))
  }

  replaceClaims(claims: readonly Claim[], builtFrom: number): Promise<void> {
    return replaceClaimsFrom(this.db, oneBatch(claims), builtFrom)
  }

  claimsBasis(): Promise<ClaimsBasis> {
    return Promise.resolve(readClaimsBasis(this.db))
  }

  replaceClaimsFrom(batches: ClaimBatches, builtFrom: number): Promise<void> {
    return replaceClaimsFrom(this.db, batches, builtFrom)
  }

  claimReads(): ClaimReads {
    return sqliteClaimReads(this.db)
  }

  listClaims(query: ClaimQuery = {}): Promise<Claim[]> {
    return Promise.resolve(claimRows(this.reads, '*', query, limitOf(query)).map(claimFromRow))
  }

  listClaimItems(query: ClaimQuery = {}): Promise<ClaimListItem[]> {
    // Every column but `mentions`, which is last in the row (migration 0011): its overflow pages
    // are never read.
    return Promise.resolve(
      claimRows(this.reads, CLAIM_ITEM_COLUMNS, query, limitOf(query)).map(claimItemFromRow),
    )
  }

  getClaim(id: string): Promise<Claim | undefined> {
    const row = this.reads.prepared('SELECT * FROM claims WHERE id = ?').get(id) as Row | undefined
    return Promise.resolve(row ? claimFromRow(row) : undefined)
  }

  recordFailure(f: IngestFailure): Promise<void> {
    this.db
      .prepare('INSERT INTO ingest_failures (uri, code, message, at) VALUES (?, ?, ?, ?)')
      .run(f.uri, f.code, f.message, f.at)
    return Promise.resolve()
  }

  listFailures(query: Page = {}): Promise<IngestFailure[]> {
    const [limit, offset] = limitOf(query)
    const rows = this.reads
      .prepared('SELECT * FROM ingest_failures ORDER BY rowid DESC LIMIT ? OFFSET ?')
      .all(limit, offset) as Row[]
    return Promise.resolve(
      rows.map((r) => ({
        uri: String(r['uri']),
        code: String(r['code']),
        message: String(r['message']),
        at: String(r['at']),
      })),
    )
  }

  /** Reads on the writer's own connection see the open batch's entity counts too. */
  private countsCurrent(): void {
    this.entityCounts.flush(this.db)
  }

  counts(): Promise<Awaited<ReturnType<Store['counts']>>> {
    this.countsCurrent()
    const n = (sql: string): number => Number((this.reads.prepared(sql).get() as Row)['n'])
    return Promise.resolve({
      documents: n('SELECT count(*) n FROM documents WHERE duplicate_of IS NULL'),
      duplicates: n('SELECT count(*) n FROM documents WHERE duplicate_of IS NOT NULL'),
      entities: n('SELECT count(*) n FROM entities'),
      // Every mention is counted once: on its entity's row, or waiting for it (migration 0013).
      mentions: n(
        'SELECT (SELECT coalesce(sum(mention_count), 0) FROM entities) + (SELECT coalesce(sum(mentions), 0) FROM entity_counts_pending) n',
      ),
      events: n('SELECT count(*) n FROM events'),
      quotes: n('SELECT count(*) n FROM quotes'),
      claims: n('SELECT count(*) n FROM claims'),
    })
  }

  close(): Promise<void> {
    this.db.close()
    return Promise.resolve()
  }
}
