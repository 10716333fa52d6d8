import type Database from 'better-sqlite3'
import type { Mention } from '../../core/model.js'
import { statement } from './save-doc.js'

/**
 * Mention and document counts per entity (migration 0006) that saved documents add, kept by the
 * writer until its batch commits and then added with one update per entity. One update per entity
 * per document moved the entity's entries in both count-ordered indexes each time, about a tenth
 * of the writer's insert time (issue #8); most entities (the states) recur in most documents of a
 * batch. Counts of an entity without a row wait in `entity_counts_pending` (migration 0013) for
 * its row, so every mention is counted once whichever arrives first.
 */
export class EntityCounts {
  /** Entity id → [mentions, documents] not yet written. */
  private readonly open = new Map<string, [number, number]>()

  /** Counts one saved document's mentions. */
  add(mentions: readonly Mention[]): void {
    const seen = new Set<string>()
    for (const m of mentions) {
      let c = this.open.get(m.entity)
      if (!c) this.open.set(m.entity, (c = [0, 0]))
      c[0]++
      if (!seen.has(m.entity)) {
        seen.add(m.entity)
        c[1]++
      }
    }
  }

  /** Writes what was counted; runs inside the caller's transaction. */
  flush(db: Database.Database): void {
    if (!this.open.size) return
    const update = statement(
      db,
      'UPDATE entities SET mention_count = mention_count + ?, doc_count = doc_count + ? WHERE id = ?',
    )
    const wait = statement(
      db,
      `INSERT INTO entity_counts_pending (entity, mentions, docs) VALUES (?, ?, ?) ON CONFLICT(entity)
       DO UPDATE SET mentions = mentions + excluded.mentions, docs = docs + excluded.docs`,
    )
    for (const [entity, [mentions, docs]] of this.open)
      if (!update.run(mentions, docs, entity).changes) wait.run(entity, mentions, docs)
    this.open.clear()
  }
}
