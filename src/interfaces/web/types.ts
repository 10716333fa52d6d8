// Shapes the dashboard reads from the API (type-only imports: nothing of the server is bundled).
import type { Diagnostic } from '../../core/diagnostics.js'
import type { SourceRef } from '../../core/doc.js'
import type { DocMeta, Mention, Quote, Sentence } from '../../core/model.js'
import type {
  ClaimListItem,
  IngestFailure,
  StoreCounts,
  StoredEvent,
  StoredQuote,
  StoredEntity,
} from '../../store/store.js'

export type { Claim, ClaimMention } from '../../core/model.js'
export type { WatchReport } from '../http/watch-report.js'
export type { IndicatorResult, AchResult, RiskPoint } from '../../analyze/index.js'
export type { StoredEvent, StoredQuote, StoredEntity, IngestFailure, StoreCounts, ClaimListItem }

/** A row of /api/documents. */
export interface DocSummary {
  id: string
  title: string | null
  published: string | null
  publisher: string | null
  language: string
  source: string
  duplicateOf: string | null
  snippet?: string
  chars: number
  diagnostics: number
}

/** /api/documents/:id */
export interface DocDetail {
  id: string
  source: SourceRef
  meta: DocMeta
  text: string
  diagnostics: Diagnostic[]
  duplicateOf: string | null
  sentences: Sentence[]
  mentions: Mention[]
  events: StoredEvent[]
  quotes: Quote[]
  entities: Array<{ id: string; name: string; type: string; country: string | null }>
}

/** /api/network */
export interface Network {
  nodes: Array<{ id: string; events: number }>
  edges: Array<{
    source: string
    target: string
    count: number
    meanScore: number
    types: Record<string, number>
  }>
  truncated: boolean
}

/** /api/ingest result. */
export interface IngestSummary {
  stored: number
  unchanged: number
  duplicates: number
  skipped: Array<{ uri: string; code: string; message: string }>
  failed: Array<{ uri: string; code: string; message: string }>
}
