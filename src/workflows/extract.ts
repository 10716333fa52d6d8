import type { Doc } from '../core/doc.js'
import { isAppError, reasonOf } from '../core/errors.js'
import type { Entity } from '../core/model.js'
import type { Pipeline } from '../core/pipeline.js'
import type { SourceItem } from '../ingest/raw-article.js'
import { EntityRegistry } from '../stages/entities/registry.js'
import type { StoredDoc } from '../store/store.js'
import { processArticle, toStoredDoc } from './process.js'

/** A processed document with corpus-wide entity ids (no store involved). */
export interface Extracted {
  readonly doc: StoredDoc
  readonly raw: Doc
}

export interface ExtractResult {
  readonly docs: Extracted[]
  /** The corpus entities after every document joined the registry. */
  readonly entities: Entity[]
  readonly failed: Array<{ uri: string; code: string; message: string }>
}

/** Runs clean + pipeline on every item without storing; resolves entities across the batch. */
export async function extract(
  items: AsyncIterable<SourceItem>,
  pipeline: Pipeline,
): Promise<ExtractResult> {
  const registry = new EntityRegistry()
  const docs: Extracted[] = []
  const failed: ExtractResult['failed'] = []
  for await (const item of items) {
    if (!item.ok) {
      failed.push({ uri: item.uri, code: item.error.code, message: item.error.message })
      continue
    }
    try {
      const raw = processArticle(item.article, pipeline)
      docs.push({ raw, doc: toStoredDoc(raw, registry, { duplicateOf: null, bands: [] }).stored })
    } catch (e) {
      failed.push({
        uri: item.article.uri,
        code: isAppError(e) ? e.code : 'INTERNAL',
        message: reasonOf(e),
      })
    }
  }
  return { docs, entities: registry.all(), failed }
}
