import type { Doc } from '../core/doc.js'
import type { Pipeline } from '../core/pipeline.js'
import type { RawArticle } from '../ingest/raw-article.js'
import { analyseDoc, prepareArticle, toWire, type WireError } from './analyse-article.js'

/** Work sent to an ingest thread: one raw article. */
export interface AnalyseTask {
  readonly article: RawArticle
  readonly minChars: number
}

/**
 * What comes back: the cleaned document with its band keys and, unless the pipeline failed, its
 * results. A pipeline failure is kept apart (`failure`) because the writer reports it only when
 * the document turns out to be new, exactly as a serial run would.
 */
export type AnalyseResult =
  | {
      readonly ok: true
      readonly doc: Doc
      readonly bands: string[]
      readonly failure: WireError | null
    }
  | { readonly ok: false; readonly error: WireError }

/** Cleans and analyses one article; never throws. */
export function analyseArticle(task: AnalyseTask, pipeline: Pipeline): AnalyseResult {
  let prepared
  try {
    prepared = prepareArticle(task.article, task.minChars)
  } catch (e) {
    return { ok: false, error: toWire(e) }
  }
  try {
    analyseDoc(prepared.doc, pipeline)
    return { ok: true, ...prepared, failure: null }
  } catch (e) {
    return { ok: true, ...prepared, failure: toWire(e) }
  }
}
