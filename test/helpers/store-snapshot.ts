import Database from 'better-sqlite3'
import { openStore } from '../../src/store/store.js'

/** What a SQLite store holds, reduced to what must not depend on how often an ingest was run. */
export interface StoreSnapshot {
  /** `PRAGMA integrity_check` rows (`['ok']` when sound). */
  readonly integrity: string[]
  /** Source URIs stored more than once (must be empty). */
  readonly duplicatedUris: string[]
  /** Per document id: source, duplicate link and every derived result (timings left out). */
  readonly docs: Map<string, string>
  /** Entity ids with their aliases (sorted) and mention counts. */
  readonly entities: string[]
  /** Claims: id, status, independent sources, mention count. */
  readonly claims: string[]
  /** Mentions whose entity has no row (must be empty). */
  readonly danglingMentions: number
}

/**
 * Reads a SQLite store at `path` after any writer has exited: integrity, duplicated sources and
 * a per-document summary of sentences, mentions, events and quotes, via the Store API.
 */
export async function snapshotStore(path: string): Promise<StoreSnapshot> {
  const raw = new Database(path)
  let integrity: string[]
  let duplicatedUris: string[]
  let danglingMentions: number
  try {
    integrity = (raw.pragma('integrity_check') as Array<{ integrity_check: string }>).map(
      (r) => r.integrity_check,
    )
    duplicatedUris = (
      raw.prepare('SELECT uri FROM documents GROUP BY uri HAVING count(*) > 1').all() as Array<{
        uri: string
      }>
    ).map((r) => r.uri)
    danglingMentions = Number(
      (
        raw
          .prepare(
            'SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity)',
          )
          .get() as { n: number }
      ).n,
    )
  } finally {
    raw.close()
  }
  const store = await openStore(path)
  try {
    const docs = new Map<string, string>()
    for (const d of await store.listDocs({ limit: 10_000, includeDuplicates: true })) {
      docs.set(
        d.id,
        JSON.stringify({
          uri: d.source.uri,
          duplicateOf: d.duplicateOf,
          title: d.meta.title,
          published: d.meta.published,
          sentences: d.sentences.map((s) => [s.span.start, s.span.end, s.paragraph]),
          mentions: d.mentions.map((m) => [m.entity, m.span.start, m.span.end]),
          events: d.events.map((e) => [e.id, e.type, e.actor, e.recipient, e.status, e.span.start]),
          quotes: d.quotes.map((q) => [q.span.start, q.span.end, q.speaker, q.speakerName]),
        }),
      )
    }
    const entities = (await store.listEntities({ limit: 10_000 }))
      .map((e) => `${e.id} ${e.type} [${[...e.aliases].sort().join('|')}] ${e.mentionCount}`)
      .sort()
    const claims = (await store.listClaims({ limit: 10_000 }))
      .map((c) => `${c.id} ${c.status} ${c.independentSources} ${c.mentions.length}`)
      .sort()
    return { integrity, duplicatedUris, docs, entities, claims, danglingMentions }
  } finally {
    await store.close()
  }
}

/** Number of stored documents, or -1 while the store is not readable yet (being created). */
export function countDocs(path: string): number {
  let db: Database.Database | undefined
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    return Number((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n)
  } catch {
    return -1
  } finally {
    db?.close()
  }
}
