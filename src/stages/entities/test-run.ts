import type { StageContext } from '../../core/pipeline.js'
import { splitSentences } from '../sentences/split-sentences.js'
import { entities } from './index.js'

let stage: ReturnType<typeof entities> | null = null

/** Runs the real sentence splitter and entities stage over `text` (test helper). */
export function runEntities(text: string, authors: string[] = [], authorNotes?: string[]) {
  stage ??= entities()
  return stage.run({ sentences: splitSentences(text) }, {
    text,
    meta: { authors, authorNotes },
    report: () => undefined,
  } as unknown as StageContext)
}
