import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Doc } from '../../src/core/doc.js'
import { isSpanInside } from '../../src/core/span.js'
import { standardPipeline } from '../../src/presets.js'
import { cleanArticle } from '../../src/stages/clean/index.js'

// Golden cases for the event and quote stages: pages the team wrote
// (test/golden/events-<slug>/source.txt) and the events and quotes they must give (expected.json).
// UPDATE_GOLDEN=1 rewrites the expected files; review the diff like code.
const root = new URL('./', import.meta.url)
const cases = readdirSync(root).filter(
  (d) => d.startsWith('events-') && existsSync(new URL(`${d}/source.txt`, root)),
)
const pipeline = standardPipeline()
const update = process.env['UPDATE_GOLDEN'] === '1'

const run = (slug: string): Doc =>
  pipeline.run(
    cleanArticle({
      uri: `${slug}/source.txt`,
      file: 'source.txt',
      fetchedAt: '2025-03-15T00:00:00Z',
      kind: 'text',
      content: readFileSync(new URL(`${slug}/source.txt`, root), 'utf8'),
    }),
  )

const view = (doc: Doc) => ({
  events: (doc.data.events ?? []).map(
    (e) =>
      `${e.type}/${e.mode ?? '-'} ${e.actor}->${e.recipient ?? '-'} ${e.status} ${e.date ?? '-'}:${e.datePrecision} | ${e.evidence}`,
  ),
  quotes: (doc.data.quotes ?? []).map(
    (q) => `${q.speakerName ?? q.speaker} (${q.cue}) | ${q.text}`,
  ),
})

describe('event and quote golden cases', () => {
  it.each(cases)('%s', (slug) => {
    const doc = run(slug)
    for (const e of doc.data.events ?? []) {
      expect(isSpanInside(e.span, doc.text.length)).toBe(true)
      expect(doc.text.slice(e.span.start, e.span.end)).toBe(e.evidence)
    }
    for (const q of doc.data.quotes ?? [])
      expect(doc.text.slice(q.span.start, q.span.end)).toBe(q.text)
    const file = new URL(`${slug}/expected.json`, root)
    const actual = view(doc)
    if (update || !existsSync(file)) writeFileSync(file, JSON.stringify(actual, null, 1) + '\n')
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
  })
})
