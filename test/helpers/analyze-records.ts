import type { StoredDoc, StoredEvent } from '../../src/store/store.js'
import type { CodedEvent } from '../../src/core/model.js'

/** A stored document for analysis tests: text and metadata only, events added separately. */
export function doc(
  id: string,
  meta: {
    publisher?: string | null
    origin?: string | null
    published?: string | null
    title?: string
  },
  extra: { text?: string; duplicateOf?: string | null } = {},
): StoredDoc {
  return {
    id,
    source: {
      uri: `/corpus/${id}.txt`,
      file: `${id}.txt`,
      fetchedAt: '2025-01-01T00:00:00.000Z',
      kind: 'text',
    },
    meta: {
      title: meta.title ?? `Story ${id}`,
      published: meta.published ?? null,
      authors: [],
      publisher: meta.publisher ?? null,
      language: 'eng',
      url: null,
      origin: meta.origin ?? null,
    },
    text: extra.text ?? filler(id),
    diagnostics: [],
    duplicateOf: extra.duplicateOf ?? null,
    bands: [],
    sentences: [],
    mentions: [],
    events: [],
    quotes: [],
  }
}

const WORDS =
  'steppe river border council pipeline harvest envoy summit railway winter market tariff'.split(
    ' ',
  )

/** Distinct filler text per id, so that unrelated test documents never look like copies. */
function filler(id: string): string {
  let h = 7
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return Array.from(
    { length: 40 },
    (_, i) => WORDS[(h >>> (i % 24)) % WORDS.length] + String((h + i * 13) % 97),
  ).join(' ')
}

let counter = 0

/** A stored event with sensible defaults (RUS threatens KAZ, asserted). */
export function event(
  docId: string,
  fields: Partial<CodedEvent> & { id?: string } = {},
): StoredEvent {
  counter++
  return {
    id: fields.id ?? `ev${counter}`,
    doc: docId,
    type: 'THREATEN',
    mode: null,
    actor: 'RUS',
    recipient: 'KAZ',
    actorEntity: null,
    recipientEntity: null,
    status: 'asserted',
    reportedBy: null,
    date: null,
    datePrecision: 'unknown',
    place: null,
    score: -6,
    sentence: counter,
    span: { start: 0, end: 10 },
    evidence: 'A Russian deputy warned that Kazakhstan would share the fate of Ukraine.',
    ...fields,
  }
}
