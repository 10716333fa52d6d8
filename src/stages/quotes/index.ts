import type { Stage } from '../../core/pipeline.js'
import type { Quote } from '../../core/model.js'

declare module '../../core/doc.js' {
  interface DocData {
    quotes: readonly Quote[]
  }
}

// TODO(#5): quote shapes and speaker resolution.
/** Quote stage (placeholder until #5: finds nothing). */
export function quotes(): Stage<'quotes', 'sentences' | 'entities'> {
  return { name: 'quotes', needs: ['sentences', 'entities'], run: () => [] }
}
