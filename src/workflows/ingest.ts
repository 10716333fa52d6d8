import type { Doc } from '../core/doc.js'
import { AppError, isAppError, reasonOf } from '../core/errors.js'
import { isFailed, type Pipeline } from '../core/pipeline.js'
import type { RawArticle, SourceItem } from '../ingest/raw-article.js'
import { buildClaims } from '../analyze/claims/build-claims.js'
import { cleanArticle } from '../stages/clean/index.js'
import { bandKeys, jaccard, minhashSignature } from '../stages/dedup/minhash.js'
import { EntityRegistry } from '../stages/entities/registry.js'
import type { Store, StoredDoc } from '../store/store.js'
import { toStoredDoc } from './process.js'

/** Options for `ingest`. */
export interface IngestOptions {
  readonly store: Store
  readonly pipeline: Pipeline
  /** Called after each source item with the running summary. */
  readonly onProgress?: (summary: IngestSummary, uri: string) => void
  /** Shortest clean body, in characters, that counts as an article. @default 200 */
  readonly minChars?: number
  /** Jaccard similarity of word shingles above which a document is a near duplicate. @default 0.8 */
  readonly nearDuplicateThreshold?: number
}

/** What one ingest did, by outcome. */
export interface IngestSummary {
  stored: number
  /** Already in the store (same content hash): nothing added. */
  unchanged: number
  /** Stored as a copy of another document (`duplicate_of`), not analysed again. */
  duplicates: number
  skipped: Array<{ uri: string; code: string; message: string }>
  failed: Array<{ uri: string; code: string; message: string }>
}

/** Reads, cleans, de-duplicates, analyses and stores every source item; then rebuilds claims. */
export async function ingest(
  items: AsyncIterable<SourceItem>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const { store } = options
  const summary: IngestSummary = { stored: 0, unchanged: 0, duplicates: 0, skipped: [], failed: [] }
  const registry = new EntityRegistry(await store.listEntities({ limit: 10_000 }))
  for await (const item of items) {
    const uri = item.ok ? item.article.uri : item.uri
    try {
      if (!item.ok) throw item.error
      const outcome = await ingestOne(item.article, registry, options)
      if (outcome === 'skipped-short') continue
      summary[outcome]++
    } catch (e) {
      const entry = isAppError(e)
        ? { uri, code: e.code, message: e.message }
        : { uri, code: 'INTERNAL', message: `Internal error while reading ${uri}: ${reasonOf(e)}` }
      const bucket =
        isAppError(e) && (e.code === 'NOT_AN_ARTICLE' || e.code === 'UNSUPPORTED_TYPE')
          ? summary.skipped
          : summary.failed
      bucket.push(entry)
      await store.recordFailure({ ...entry, at: new Date().toISOString() }).catch(() => undefined)
    } finally {
      options.onProgress?.(summary, uri)
    }
  }
  if (summary.stored || summary.duplicates) await rebuildClaims(store)
  return summary
}

async function ingestOne(
  raw: RawArticle,
  registry: EntityRegistry,
  options: IngestOptions,
): Promise<'stored' | 'unchanged' | 'duplicates' | 'skipped-short'> {
  const { store, pipeline } = options
  const doc = cleanArticle(raw)
  const minChars = options.minChars ?? 200
  if (doc.text.trim().length < minChars)
    throw new AppError('NOT_AN_ARTICLE', { path: raw.uri, chars: doc.text.trim().length })
  if (await store.hasDoc(doc.id)) return 'unchanged'
  const bands = bandKeys(minhashSignature(doc.text))
  const threshold = options.nearDuplicateThreshold ?? 0.8
  const original = (await store.findByBands(bands)).find(
    (c) => jaccard(c.text, doc.text) >= threshold,
  )
  if (original) {
    await store.saveDoc(duplicateRecord(doc, original.id, bands))
    return 'duplicates'
  }
  pipeline.run(doc)
  if (isFailed(doc)) {
    const fatal = doc.diagnostics.find((d) => d.severity === 'fatal')
    throw new AppError('STAGE_FAILED', {
      stage: fatal?.stage ?? '?',
      doc: raw.uri,
      reason: fatal?.message ?? 'unknown',
    })
  }
  const { stored, entities } = toStoredDoc(doc, registry, { duplicateOf: null, bands })
  await store.upsertEntities(entities)
  await store.saveDoc(stored)
  return 'stored'
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

/** Recomputes claims over every stored event. */
export async function rebuildClaims(store: Store): Promise<void> {
  const docs = await store.listDocs({ limit: 10_000, includeDuplicates: true })
  const events = await store.listEvents({ limit: 10_000 })
  await store.replaceClaims(buildClaims(events, new Map(docs.map((d) => [d.id, d]))))
}
