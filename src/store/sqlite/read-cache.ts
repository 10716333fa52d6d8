import type Database from 'better-sqlite3'
import type { Row } from './rows.js'

/** Most statements and counts kept; past it the cache starts over (IN lists of any length). */
const MAX_ENTRIES = 500

/**
 * What the read methods reuse on one connection: compiled statements, and `count(*)` answers
 * until the data changes.
 */
export class ReadCache {
  private readonly statements = new Map<string, Database.Statement>()
  private readonly counts = new Map<string, number>()
  private countsVersion = ''
  private readonly changes: Database.Statement
  private readonly dataVersion: Database.Statement
  private readonly db: Database.Database
  /**
   * The evidence trigram index exists. Migration 0006 gained it after its first version, so a
   * store migrated in between lacks it; evidence search then scans, as before the index.
   */
  readonly hasEventsFts: boolean
  /** The quote trigram index exists (migration 0012); without it quote search scans. */
  readonly hasQuotesFts: boolean

  constructor(db: Database.Database) {
    this.db = db
    this.changes = db.prepare('SELECT total_changes() AS n')
    this.dataVersion = db.prepare('PRAGMA data_version').pluck()
    const hasTable = (name: string): boolean =>
      !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)
    this.hasEventsFts = hasTable('events_fts')
    this.hasQuotesFts = hasTable('quotes_fts') && hasTable('quotes_index')
  }

  /**
   * `db.prepare(sql)` once per SQL text: reads build their text from the filters given, a small
   * set, so a statement is compiled once and then only bound.
   */
  prepared(sql: string): Database.Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      if (this.statements.size >= MAX_ENTRIES) this.statements.clear()
      this.statements.set(sql, (stmt = this.db.prepare(sql)))
    }
    return stmt
  }

  /** The `n` column of a `count(*) AS n` query, cached until the data changes. */
  count(sql: string, args: readonly unknown[]): number {
    const version = this.version()
    if (version !== this.countsVersion) {
      this.counts.clear()
      this.countsVersion = version
    }
    const key = `${sql}\u0000${JSON.stringify(args)}`
    let n = this.counts.get(key)
    if (n === undefined) {
      n = Number((this.prepared(sql).get(...args) as Row)['n'])
      if (this.counts.size >= MAX_ENTRIES) this.counts.clear()
      this.counts.set(key, n)
    }
    return n
  }

  /**
   * Changes whenever the data may have changed: SQLite's data_version moves on commits by other
   * connections, total_changes() on writes through this one.
   */
  version(): string {
    return `${String(this.dataVersion.get())}:${String((this.changes.get() as Row)['n'])}`
  }
}
