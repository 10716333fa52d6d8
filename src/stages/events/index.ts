import type { Stage } from '../../core/pipeline.js'
import type { CodedEvent } from '../../core/model.js'

declare module '../../core/doc.js' {
  interface DocData {
    events: readonly CodedEvent[]
  }
}

// TODO(#5): the PLOVER coder.
/** Event coder stage (placeholder until #5: codes nothing). */
export function events(): Stage<'events', 'sentences' | 'entities'> {
  return { name: 'events', needs: ['sentences', 'entities'], run: () => [] }
}
