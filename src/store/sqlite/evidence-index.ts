import type Database from 'better-sqlite3'
import { statement } from './save-doc.js'

/** A full-text index filled in bulk: its table, the rows it indexes, and where its progress is kept. */
interface BulkIndex {
  /** The FTS5 table; absent in a store migrated before it existed (its searches scan). */
  readonly fts: string
  /** Table holding `last_rowid`; absent before the migration that moved the index to the writer. */
  readonly state: string
  readonly source: string
  readonly columns: string
}

/** Evidence trigram index (migration 0008), then document text index (migration 0010). */
const INDEXES: readonly BulkIndex[] = [
  { fts: 'events_fts', state: 'evidence_index', source: 'events', columns: 'evidence' },
  { fts: 'documents_fts', state: 'documents_index', source: 'documents', columns: 'title, text' },
  // Quote text trigram index (migration 0012, for quote search).
  { fts: 'quotes_fts', state: 'quotes_index', source: 'quotes', columns: 'text' },
]

const present = new WeakMap<Database.Database, readonly BulkIndex[]>()

/** The bulk indexes this store has (both tables exist), looked up once per connection. */
function indexesOf(db: Database.Database): readonly BulkIndex[] {
  let found = present.get(db)
  if (!found) {
    const has = (name: string): boolean =>
      !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)
    found = INDEXES.filter((x) => has(x.fts) && has(x.state))
    present.set(db, found)
  }
  return found
}

/**
 * Adds the events and documents stored since the last call to their full-text indexes, one
 * statement each (migrations 0008 and 0010). Runs inside the writer's transaction, so the indexes
 * never lag a commit. Without the migration that moved an index here, its trigger still fills it.
 */
export function indexNewEvidence(db: Database.Database): void {
  for (const x of indexesOf(db)) catchUp(db, x)
}

function catchUp(db: Database.Database, x: BulkIndex): void {
  const state = statement(db, `SELECT last_rowid AS last FROM ${x.state} WHERE id = 1`).get() as
    { last: number } | undefined
  const last = state?.last ?? 0
  const top = (
    statement(db, `SELECT coalesce(max(rowid), 0) AS top FROM ${x.source}`).get() as {
      top: number
    }
  ).top
  if (top <= last) return
  statement(
    db,
    `INSERT INTO ${x.fts}(rowid, ${x.columns}) SELECT rowid, ${x.columns} FROM ${x.source} WHERE rowid > ? AND rowid <= ?`,
  ).run(last, top)
  statement(
    db,
    `INSERT INTO ${x.state} (id, last_rowid) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET last_rowid = excluded.last_rowid`,
  ).run(top)
}
