import type { Doc } from '../core/doc.js'
import { shingles } from '../stages/dedup/minhash.js'
import type { Entity } from '../core/model.js'
import { EntityRegistry } from '../stages/entities/registry.js'
import type { Store, StoredDoc } from '../store/store.js'
import type { Prepared } from './analyse-article.js'
import { toStoredDoc } from './process.js'

/** Where one prepared document ended up. */
export type StoreOutcome = 'stored' | 'unchanged' | 'duplicates'

/** What the writer needs: the store, the corpus entity registry and the near-duplicate threshold. */
export interface WriterContext {
  readonly store: Store
  readonly registry: EntityRegistry
  /** Jaccard similarity of word shingles above which a document is a near duplicate. */
  readonly threshold: number
  /**
   * Last written form of each entity, so unchanged ones are not rewritten: the registry's own
   * object, which it replaces whenever the entity changes (comparing `entityKey` strings of every
   * entity of every document cost the writer more than the check saves).
   */
  readonly written: Map<string, Entity>
}

/** A writer context over `known` (the store's entities at start). */
export function writerContext(
  store: Store,
  known: readonly Entity[],
  threshold = 0.8,
): WriterContext {
  return {
    store,
    registry: new EntityRegistry(known),
    threshold,
    written: new Map(known.map((e) => [e.id, e])),
  }
}

/**
 * The single writer's step for one document, in input order: skip it when its content hash is
 * stored, store a near duplicate as a copy, else take the analysed document (`analysed` runs the
 * pipeline, or returns what a worker thread computed, and throws `STAGE_FAILED`), join its
 * entities to the registry and save it. Checking at write time, after every earlier document was
 * written, is what makes a parallel run store exactly what a serial run stores.
 */
export async function storeArticle(
  prepared: Prepared,
  analysed: () => Doc,
  ctx: WriterContext,
): Promise<StoreOutcome> {
  const { doc, bands } = prepared
  const { store } = ctx
  if (await store.hasDoc(doc.id)) return 'unchanged'
  // The new document's shingles are built once for all its candidates (`jaccard` built both
  // sides for every candidate).
  let own: Set<string> | undefined
  const original = (await store.findByBands(bands)).find(
    (c) => shingleJaccard(shingles(c.text), (own ??= shingles(doc.text))) >= ctx.threshold,
  )
  if (original) {
    const saved = await store.saveDoc(duplicateRecord(doc, original.id, bands))
    return saved ? 'duplicates' : 'unchanged'
  }
  const { stored, entities } = toStoredDoc(analysed(), ctx.registry, { duplicateOf: null, bands })
  // Most documents only mention entities the store already has as they are: skip that write.
  const changed = entities.filter((e) => ctx.written.get(e.id) !== e)
  if (changed.length) await store.upsertEntities(changed)
  for (const e of changed) ctx.written.set(e.id, e)
  // false only when another process stored the same content meanwhile (shared PostgreSQL).
  return (await store.saveDoc(stored)) ? 'stored' : 'unchanged'
}

/** `jaccard` of stages/dedup/minhash.ts on shingle sets already built (the same arithmetic). */
function shingleJaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (!x.size || !y.size) return 0
  let inter = 0
  for (const s of x) if (y.has(s)) inter++
  return inter / (x.size + y.size - inter)
}

function duplicateRecord(doc: Doc, originalId: string, bands: readonly string[]): StoredDoc {
  return {
    id: doc.id,
    source: doc.source,
    meta: doc.meta,
    text: doc.text,
    diagnostics: [
      ...doc.diagnostics,
      {
        severity: 'info',
        ruleId: 'near-duplicate',
        message: `Near duplicate of ${originalId}; not analysed again.`,
      },
    ],
    duplicateOf: originalId,
    bands,
    sentences: [],
    mentions: [],
    events: [],
    quotes: [],
  }
}
