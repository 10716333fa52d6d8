import type Database from 'better-sqlite3'
import { statement } from './save-doc.js'

const hasIndex = new WeakMap<Database.Database, boolean>()

/**
 * Adds the events stored since the last call to the evidence trigram index, in one statement
 * (migration 0008). Runs inside the writer's transaction, so the index never lags a commit.
 * A store migrated before the index existed has none; its searches scan instead.
 */
export function indexNewEvidence(db: Database.Database): void {
  let present = hasIndex.get(db)
  if (present === undefined) {
    present = !!db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events_fts'")
      .get()
    hasIndex.set(db, present)
  }
  if (!present) return
  const state = statement(
    db,
    'SELECT last_rowid AS last FROM evidence_index WHERE id = 1',
  ).get() as { last: number } | undefined
  const last = state?.last ?? 0
  const top = (
    statement(db, 'SELECT coalesce(max(rowid), 0) AS top FROM events').get() as {
      top: number
    }
  ).top
  if (top <= last) return
  statement(
    db,
    'INSERT INTO events_fts(rowid, evidence) SELECT rowid, evidence FROM events WHERE rowid > ? AND rowid <= ?',
  ).run(last, top)
  statement(
    db,
    'INSERT INTO evidence_index (id, last_rowid) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET last_rowid = excluded.last_rowid',
  ).run(top)
}
