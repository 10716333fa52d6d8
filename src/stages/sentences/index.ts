import type { Stage } from '../../core/pipeline.js'
import type { Sentence } from '../../core/model.js'
import { splitSentences } from './split-sentences.js'

declare module '../../core/doc.js' {
  interface DocData {
    /** Sentences in text order; spans are half-open UTF-16 ranges into `Doc.text`. */
    sentences: readonly Sentence[]
  }
}

/** Stage that splits the clean text into sentences and paragraphs. */
export function sentences(): Stage<'sentences'> {
  return { name: 'sentences', needs: [], run: (_input, ctx) => splitSentences(ctx.text) }
}
