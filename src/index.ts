/**
 * forewarn's public library API: what the CLI, the HTTP server and other programs build on.
 * Explicit named exports only; `index.test.ts` pins the list so changes are deliberate.
 *
 * @example
 * ```ts
 * import { openStore, readSources, ingest, standardPipeline, evaluateWatch, loadWatch } from 'forewarn'
 * const store = await openStore('./forewarn.db')
 * const summary = await ingest(readSources(['examples']), { store, pipeline: standardPipeline() })
 * ```
 */
export type { Doc, DocData, SourceRef } from './core/doc.js'
export type { Diagnostic, Severity } from './core/diagnostics.js'
export { AppError, isAppError, errorCatalog, type ErrorCode } from './core/errors.js'
export type { DocId, EntityId } from './core/ids.js'
export type {
  ActorCode,
  Claim,
  ClaimMention,
  ClaimStatus,
  CodedEvent,
  DocMeta,
  Entity,
  EntityType,
  EventStatus,
  EventType,
  Mention,
  Quote,
  Sector,
  Sentence,
} from './core/model.js'
export { definePipeline, isFailed, type Pipeline, type Stage, type StageContext } from './core/pipeline.js'
export type { Span } from './core/span.js'
export { standardPipeline } from './presets.js'
export { cleanArticle } from './stages/clean/index.js'
export { readSources, type ReadSourcesOptions } from './ingest/read-sources.js'
export type { RawArticle, SourceItem } from './ingest/raw-article.js'
export { openStore, type Store, type StoredDoc, type StoredEvent, type StoredEntity } from './store/store.js'
export { ingest, rebuildClaims, type IngestOptions, type IngestSummary } from './workflows/ingest.js'
export { extract, type ExtractResult } from './workflows/extract.js'
export {
  buildClaims,
  evaluateWatch,
  listWatches,
  loadWatch,
  parseWatch,
  type Watch,
  type WatchEvaluation,
} from './analyze/index.js'
export { createApp, type AppOptions } from './interfaces/http/app.js'
