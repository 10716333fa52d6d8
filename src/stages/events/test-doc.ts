import type { Doc } from '../../core/doc.js'
import { docIdFor } from '../../core/ids.js'
import type { CodedEvent, DocMeta } from '../../core/model.js'
import { definePipeline, type Pipeline } from '../../core/pipeline.js'
import { entities } from '../entities/index.js'
import { quotes } from '../quotes/index.js'
import { sentences } from '../sentences/index.js'
import { events } from './index.js'

let pipeline: Pipeline | null = null

/** Runs the real sentence, entity, quote and event stages over `text` (test helper). */
export function runOnText(text: string, meta: Partial<DocMeta> = {}): Doc {
  pipeline ??= definePipeline([sentences(), entities(), quotes(), events()])
  const doc: Doc = {
    id: docIdFor(text),
    source: { uri: 'test.txt', file: 'test.txt', fetchedAt: '2024-06-01T00:00:00Z', kind: 'text' },
    text,
    meta: {
      title: null,
      published: '2024-06-14',
      authors: [],
      publisher: null,
      language: 'eng',
      url: null,
      origin: null,
      ...meta,
    },
    data: {},
    diagnostics: [],
  }
  return pipeline.run(doc)
}

/** The events the real stages code from `text` (test helper). */
export function eventsOf(text: string): readonly CodedEvent[] {
  return runOnText(text).data.events ?? []
}

/** "TYPE ACTOR->RECIPIENT" of an event, for table tests (`-` for no recipient). */
export function brief(e: CodedEvent): string {
  return `${e.type} ${e.actor}->${e.recipient ?? '-'}`
}
