import type { StoredDoc } from '../../src/store/store.js'

/** A small stored document with one event, mention and quote, for store tests. */
export function sampleDoc(n: number, overrides: Partial<StoredDoc> = {}): StoredDoc {
  const text = `Document ${n}. Officials in Astana rejected the demand on ${n} May.`
  const sentence = { index: 1, span: { start: 12, end: text.length }, text: text.slice(12), paragraph: 0 }
  return {
    id: `doc${n}`,
    source: { uri: `/tmp/doc${n}.txt`, file: `doc${n}.txt`, fetchedAt: '2024-05-01T00:00:00.000Z', kind: 'text' },
    meta: { title: `Title ${n}`, published: `2024-05-0${(n % 9) + 1}`, authors: ['A. Writer'], publisher: 'Steppe Wire', language: 'eng', url: null, origin: null },
    text,
    diagnostics: [],
    duplicateOf: null,
    bands: [`0:b${n}`, '1:shared'],
    sentences: [sentence],
    mentions: [{ entity: 'KAZ', span: { start: 25, end: 31 }, text: 'Astana' }],
    events: [{
      id: `ev${n}`, doc: `doc${n}`, type: 'REJECT', mode: null, actor: 'KAZ', recipient: 'RUS', actorEntity: 'KAZ',
      recipientEntity: null, status: 'asserted', reportedBy: null, date: `2024-05-0${(n % 9) + 1}`, datePrecision: 'day',
      place: null, score: -4, sentence: 1, span: sentence.span, evidence: sentence.text,
    }],
    quotes: [{ span: { start: 12, end: 20 }, text: 'Official', speaker: 'KAZ', speakerName: null, cue: 'said', sentence: 1 }],
    ...overrides,
  }
}
