import type { Doc } from '../core/doc.js'
import { AppError, isAppError, reasonOf, type ErrorCode } from '../core/errors.js'
import { isFailed, type Pipeline } from '../core/pipeline.js'
import type { RawArticle } from '../ingest/raw-article.js'
import { cleanArticle } from '../stages/clean/index.js'
import { bandKeys, minhashSignature } from '../stages/dedup/minhash.js'

/** A cleaned document with its near-duplicate band keys, before or after the pipeline ran. */
export interface Prepared {
  readonly doc: Doc
  readonly bands: string[]
}

/** An error as it crosses a thread or process boundary (classes do not survive cloning). */
export interface WireError {
  readonly code: string
  readonly message: string
  readonly params?: unknown
}

/**
 * Cleans a raw article and computes its MinHash band keys. Throws `NOT_AN_ARTICLE` when the clean
 * body is shorter than `minChars`.
 */
export function prepareArticle(raw: RawArticle, minChars: number): Prepared {
  const doc = cleanArticle(raw)
  const chars = doc.text.trim().length
  if (chars < minChars) throw new AppError('NOT_AN_ARTICLE', { path: raw.uri, chars })
  return { doc, bands: bandKeys(minhashSignature(doc.text)) }
}

/** Runs the pipeline on a prepared document in place; a fatal diagnostic becomes `STAGE_FAILED`. */
export function analyseDoc(doc: Doc, pipeline: Pipeline): Doc {
  pipeline.run(doc)
  if (isFailed(doc)) {
    const fatal = doc.diagnostics.find((d) => d.severity === 'fatal')
    throw new AppError('STAGE_FAILED', {
      stage: fatal?.stage ?? '?',
      doc: doc.source.uri,
      reason: fatal?.message ?? 'unknown',
    })
  }
  return doc
}

/** Flattens any thrown value for postMessage / job results. */
export function toWire(e: unknown): WireError {
  return isAppError(e)
    ? { code: e.code, message: e.message, params: e.params }
    : { code: 'INTERNAL', message: reasonOf(e) }
}

/** Rebuilds an `AppError` from its wire form; anything else becomes a plain Error. */
export function fromWire(w: WireError): Error {
  if (w.code !== 'INTERNAL' && w.params !== undefined) {
    try {
      // Cast: the code and params came from an AppError of this same catalogue.
      return new AppError(w.code as ErrorCode, w.params as never)
    } catch {
      // fall through: an unknown code from another version
    }
  }
  return new Error(w.message)
}
