import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Doc } from '../../src/core/doc.js'
import { docIdFor } from '../../src/core/ids.js'
import { standardPipeline } from '../../src/presets.js'
import { splitSentences } from '../../src/stages/sentences/split-sentences.js'
import { anyText, anyUnicode, englishMix, trickyText } from './arbitraries.js'
import { sentenceProblems, spanProblems } from './span-checks.js'

// Issue #9: stages never throw on arbitrary text, and every span they emit lies inside the text.
const pipeline = standardPipeline()

function docOf(text: string): Doc {
  return {
    id: docIdFor(text),
    source: {
      uri: 'prop.txt',
      file: 'prop.txt',
      fetchedAt: '2024-05-01T00:00:00.000Z',
      kind: 'text',
    },
    text,
    meta: {
      title: null,
      published: '2024-05-01',
      authors: [],
      publisher: null,
      language: 'eng',
      url: null,
      origin: null,
    },
    data: {},
    diagnostics: [],
  }
}

/** Every violation of the pipeline's output contract on one document. */
function pipelineProblems(doc: Doc): string[] {
  const { text } = doc
  const n = text.length
  const failed = doc.diagnostics.filter((d) => d.severity === 'fatal')
  if (failed.length) return failed.map((d) => `${d.stage ?? '?'}: ${d.message}`)
  const { sentences, entities, events, quotes } = doc.data
  if (!sentences || !entities || !events || !quotes) return ['a stage added no result']
  const problems = sentenceProblems(text, sentences)
  const sentenceIndexes = new Set(sentences.map((s) => s.index))
  entities.mentions.forEach((m, i) => {
    problems.push(...spanProblems(`mention ${i}`, m.span, n))
    if (m.text !== text.slice(m.span.start, m.span.end))
      problems.push(`mention ${i}: text ${JSON.stringify(m.text)} does not match its span`)
    if (!entities.entities.some((e) => e.id === m.entity))
      problems.push(`mention ${i}: entity ${m.entity} not among the document's entities`)
  })
  events.forEach((e, i) => {
    problems.push(...spanProblems(`event ${i}`, e.span, n))
    if (!sentenceIndexes.has(e.sentence)) problems.push(`event ${i}: no sentence ${e.sentence}`)
  })
  quotes.forEach((q, i) => {
    problems.push(...spanProblems(`quote ${i}`, q.span, n))
    if (!sentenceIndexes.has(q.sentence)) problems.push(`quote ${i}: no sentence ${q.sentence}`)
  })
  doc.diagnostics.forEach((d, i) => {
    if (d.span) problems.push(...spanProblems(`diagnostic ${i} (${d.ruleId})`, d.span, n))
  })
  return problems
}

describe('sentence splitter on any text', () => {
  it.each([
    ['arbitrary Unicode', anyUnicode],
    ['boundary-heavy noise', trickyText],
    ['mixed English sentences', englishMix],
  ])('%s: spans in order, non-overlapping, matching, covering', (_label, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        expect(sentenceProblems(text, splitSentences(text))).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})

describe('standard pipeline (sentences, entities, quotes, events) on any text', () => {
  it.each([
    ['arbitrary Unicode', anyUnicode],
    ['boundary-heavy noise', trickyText],
    ['mixed English sentences', englishMix],
  ])('%s: no stage fails and every span is inside the text', (_label, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        expect(pipelineProblems(pipeline.run(docOf(text)))).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('gives the same result when run twice on the same text (stages keep no state)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = pipeline.run(docOf(text))
        const b = pipeline.run(docOf(text))
        expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data))
      }),
      { numRuns: 100 },
    )
  })
})
