import type { Doc } from '../core/doc.js'
import type { EntityId } from '../core/ids.js'
import { shortHash } from '../core/ids.js'
import type { Entity } from '../core/model.js'
import type { Pipeline } from '../core/pipeline.js'
import type { RawArticle } from '../ingest/raw-article.js'
import { cleanArticle } from '../stages/clean/index.js'
import type { EntityRegistry } from '../stages/entities/registry.js'
import type { StoredDoc, StoredEvent } from '../store/store.js'

/** Cleans a raw article and runs the pipeline on it. */
export function processArticle(raw: RawArticle, pipeline: Pipeline): Doc {
  return pipeline.run(cleanArticle(raw))
}

/**
 * Joins a processed document's entities to the corpus registry and rewrites every entity id in
 * its mentions, events and quotes to the corpus id. Returns the record to store and the
 * corpus entities it touched.
 */
export function toStoredDoc(
  doc: Doc,
  registry: EntityRegistry,
  extra: { duplicateOf: string | null; bands: readonly string[] },
): { stored: StoredDoc; entities: Entity[] } {
  const local = doc.data.entities?.entities ?? []
  const joined = registry.add(local)
  const map = (id: EntityId | null): EntityId | null =>
    id == null ? null : (joined.get(id)?.id ?? id)
  const events: StoredEvent[] = (doc.data.events ?? []).map((e, i) => ({
    ...e,
    actorEntity: map(e.actorEntity),
    recipientEntity: map(e.recipientEntity),
    id: shortHash(`${doc.id}:${i}:${e.type}:${e.actor}:${e.recipient}:${e.span.start}`),
    doc: doc.id,
  }))
  const stored: StoredDoc = {
    id: doc.id,
    source: doc.source,
    meta: doc.meta,
    text: doc.text,
    diagnostics: doc.diagnostics,
    duplicateOf: extra.duplicateOf,
    bands: extra.bands,
    sentences: doc.data.sentences ?? [],
    mentions: (doc.data.entities?.mentions ?? []).map((m) => ({
      ...m,
      entity: map(m.entity) ?? m.entity,
    })),
    events,
    quotes: (doc.data.quotes ?? []).map((q) => ({ ...q, speaker: map(q.speaker) })),
  }
  return { stored, entities: [...new Map([...joined.values()].map((e) => [e.id, e])).values()] }
}
