import type { Diagnostic } from './diagnostics.js'
import type { DocId } from './ids.js'
import type { DocMeta } from './model.js'

/** Where a document came from. */
export interface SourceRef {
  /** File path or URL as the user gave it (for feeds: the item's link or feed#n). */
  readonly uri: string
  /** Base name used in evaluation output (`000_a0d.txt`). */
  readonly file: string
  /** ISO timestamp of reading or fetching. */
  readonly fetchedAt: string
  /** `text` (plain or scraped page), `html`, or `feed-item`. */
  readonly kind: 'text' | 'html' | 'feed-item'
}

/**
 * Results added by stages. Empty on purpose: each stage declares its own key with
 * `declare module '../../core/doc.js' { interface DocData { … } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface DocData {}

/** One document travelling through the pipeline. Stages only add to `data` and `diagnostics`. */
export interface Doc {
  readonly id: DocId
  readonly source: SourceRef
  /** Clean text; every Span points into it (half-open UTF-16 ranges). */
  readonly text: string
  readonly meta: DocMeta
  readonly data: Partial<DocData>
  readonly diagnostics: Diagnostic[]
}
