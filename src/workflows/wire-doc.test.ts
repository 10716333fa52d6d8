import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { standardPipeline } from '../presets.js'
import { analyseArticle, type AnalyseResult } from './analyse-task.js'
import { writeBenchCorpus } from './bench/corpus.js'
import { packResult, unpackResult } from './wire-doc.js'

/** Sends a result through a real structured clone, as postMessage does. */
const roundTrip = (r: AnalyseResult): AnalyseResult => {
  const { wire, transfer } = packResult(r)
  return unpackResult(structuredClone(wire, { transfer }))
}

const article = (content: string) => ({
  uri: 'mem:a.txt',
  file: 'a.txt',
  fetchedAt: '2024-06-01T00:00:00Z',
  kind: 'text' as const,
  content,
})

describe('packed analysed documents', () => {
  it('unpack to exactly what was analysed (generated articles)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-wire-'))
    try {
      writeBenchCorpus(dir, { docs: 12, seed: 5 })
      const pipeline = standardPipeline()
      for (const f of readdirSync(dir)) {
        const r = analyseArticle(
          { article: { ...article(readFileSync(join(dir, f), 'utf8')), uri: f }, minChars: 200 },
          pipeline,
        )
        expect(r.ok, f).toBe(true)
        expect(roundTrip(r), f).toEqual(r)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keep texts that are not the slice of their span, and failures as they are', () => {
    const r = analyseArticle(
      {
        article: article(
          'Officials in Astana said on Monday that talks with Moscow would resume next week. ' +
            'The foreign ministry gave no further details about the agenda or the venue.',
        ),
        minChars: 20,
      },
      standardPipeline(),
    )
    if (!r.ok) throw new Error('the article must be analysed')
    const { doc } = r
    const [s0, ...sRest] = doc.data.sentences ?? []
    const [m0, ...mRest] = doc.data.entities?.mentions ?? []
    if (!s0 || !m0) throw new Error('a sentence and a mention expected')
    const edited: AnalyseResult = {
      ...r,
      doc: {
        ...doc,
        data: {
          ...doc.data,
          sentences: [{ ...s0, text: 'normalised sentence' }, ...sRest],
          entities: {
            entities: doc.data.entities?.entities ?? [],
            mentions: [{ ...m0, text: 'Normalised Name' }, ...mRest],
          },
        },
      },
    }
    expect(roundTrip(edited)).toEqual(edited)
    const failed: AnalyseResult = { ok: false, error: { code: 'NOT_AN_ARTICLE', message: 'short' } }
    expect(roundTrip(failed)).toEqual(failed)
  })
})
