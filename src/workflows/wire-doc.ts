import type { Doc } from '../core/doc.js'
import type { Sentence } from '../core/model.js'
import type { EntityMention } from '../stages/entities/index.js'
import type { AnalyseResult } from './analyse-task.js'

/**
 * Sentences and mentions of a document as flat numbers, for the trip from an ingest thread to the
 * writer: structured cloning copies every object and string one by one, and these two lists were
 * most of an analysed document's 30 KB on the wire (each sentence carried its own text). Texts that
 * are the slice of the document their span points at are rebuilt from it, others travel as they are.
 */
interface PackedLists {
  /** Per sentence: index, start, end, paragraph. */
  readonly sentences: Int32Array
  /** Per mention: start, end. */
  readonly mentions: Int32Array
  readonly mentionEntities: readonly string[]
  readonly mentionKinds: readonly EntityMention['kind'][]
  /** Texts that are not the slice of their span, by list position. */
  readonly sentenceTexts: ReadonlyMap<number, string>
  readonly mentionTexts: ReadonlyMap<number, string>
}

/** An `AnalyseResult` ready for `postMessage`, with the buffers to transfer. */
export type WireResult =
  | (Exclude<AnalyseResult, { ok: true }> & { readonly packed?: undefined })
  | (Extract<AnalyseResult, { ok: true }> & { readonly packed: PackedLists | null })

/** Packs a result (see `PackedLists`); the document's own lists are left out of the clone. */
export function packResult(result: AnalyseResult): {
  wire: WireResult
  transfer: ArrayBuffer[]
} {
  if (!result.ok) return { wire: result, transfer: [] }
  const { doc } = result
  const sentences = doc.data.sentences
  const entities = doc.data.entities
  if (!sentences || !entities) return { wire: { ...result, packed: null }, transfer: [] }
  const s = new Int32Array(sentences.length * 4)
  const sentenceTexts = new Map<number, string>()
  sentences.forEach((x, i) => {
    s.set([x.index, x.span.start, x.span.end, x.paragraph], i * 4)
    if (x.text !== doc.text.slice(x.span.start, x.span.end)) sentenceTexts.set(i, x.text)
  })
  const m = new Int32Array(entities.mentions.length * 2)
  const mentionTexts = new Map<number, string>()
  entities.mentions.forEach((x, i) => {
    m[i * 2] = x.span.start
    m[i * 2 + 1] = x.span.end
    if (x.text !== doc.text.slice(x.span.start, x.span.end)) mentionTexts.set(i, x.text)
  })
  const packed: PackedLists = {
    sentences: s,
    mentions: m,
    mentionEntities: entities.mentions.map((x) => x.entity),
    mentionKinds: entities.mentions.map((x) => x.kind),
    sentenceTexts,
    mentionTexts,
  }
  const data = {
    ...doc.data,
    sentences: [],
    entities: { entities: entities.entities, mentions: [] },
  }
  return {
    wire: { ...result, doc: { ...doc, data }, packed },
    transfer: [s.buffer as ArrayBuffer, m.buffer as ArrayBuffer],
  }
}

/** The result `packResult` was given (deep-equal to it). */
export function unpackResult(wire: WireResult): AnalyseResult {
  if (!wire.ok) return wire
  const { packed, ...result } = wire
  if (!packed) return result
  const { doc } = result
  const slice = (start: number, end: number): string => doc.text.slice(start, end)
  const sentences: Sentence[] = []
  for (let i = 0; i * 4 < packed.sentences.length; i++) {
    const [index, start, end, paragraph] = packed.sentences.subarray(i * 4, i * 4 + 4)
    const span = { start: start as number, end: end as number }
    sentences.push({
      index: index as number,
      span,
      text: packed.sentenceTexts.get(i) ?? slice(span.start, span.end),
      paragraph: paragraph as number,
    })
  }
  const mentions: EntityMention[] = packed.mentionEntities.map((entity, i) => {
    const span = {
      start: packed.mentions[i * 2] as number,
      end: packed.mentions[i * 2 + 1] as number,
    }
    return {
      entity,
      span,
      text: packed.mentionTexts.get(i) ?? slice(span.start, span.end),
      kind: packed.mentionKinds[i] as EntityMention['kind'],
    }
  })
  const data: Doc['data'] = {
    ...doc.data,
    sentences,
    entities: { entities: doc.data.entities?.entities ?? [], mentions },
  }
  return { ...result, doc: { ...doc, data } }
}
