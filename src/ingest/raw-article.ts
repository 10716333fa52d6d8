import type { Diagnostic } from '../core/diagnostics.js'
import type { AppError } from '../core/errors.js'

/** What a source reader produces: one page's content before cleaning. */
export interface RawArticle {
  /** File path or URL as given (feed items: the item's link, or `feed#n`; JSONL: `file:line`). */
  readonly uri: string
  /** Base name used in evaluation output. */
  readonly file: string
  readonly fetchedAt: string
  readonly kind: 'text' | 'html'
  /** Decoded content (text or HTML). */
  readonly content: string
  /** Metadata the container already knows (feed item title/date, JSONL fields). */
  readonly hints?: Partial<{
    title: string
    published: string
    authors: readonly string[]
    publisher: string
    url: string
  }>
  /** Problems met while reading (e.g. a guessed charset); carried onto the Doc by `clean`. */
  readonly diagnostics?: readonly Diagnostic[]
}

/** One item read from a source: an article, or the reason it could not be read. */
export type SourceItem =
  | { readonly ok: true; readonly article: RawArticle }
  | { readonly ok: false; readonly uri: string; readonly error: AppError }
