import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractHtml } from '../../src/stages/clean/extract-html.js'

/** What an HTML golden case pins (`test/golden/html-<slug>/expected.json`). */
interface Expected {
  readonly title: string | null
  readonly published: string | null
  readonly authors: readonly string[]
  readonly publisher?: string | null
  readonly language?: string
  readonly url?: string | null
  /** Strings that must be in the body. */
  readonly body_keep: readonly string[]
  /** Strings that must not be in the body. */
  readonly boilerplate: readonly string[]
  /** Paragraph count of the body, when the case pins it. */
  readonly paragraphs?: number
}

const root = new URL('./', import.meta.url)
const cases = readdirSync(root).filter((d) => d.startsWith('html-') && !d.endsWith('.ts'))
const read = (slug: string, file: string): string =>
  readFileSync(new URL(`${slug}/${file}`, root), 'utf8')
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

describe('HTML golden cases', () => {
  it('has at least three cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3)
  })

  describe.each(cases)('%s', (slug) => {
    const expected = JSON.parse(read(slug, 'expected.json')) as Expected
    const cleaned = extractHtml(read(slug, 'source.html'))

    it('reads the metadata', () => {
      expect(cleaned.meta.title).toBe(expected.title)
      expect(cleaned.meta.published).toBe(expected.published)
      expect(cleaned.meta.authors).toEqual(expected.authors)
      if (expected.publisher !== undefined) expect(cleaned.meta.publisher).toBe(expected.publisher)
      if (expected.language !== undefined) expect(cleaned.meta.language).toBe(expected.language)
      if (expected.url !== undefined) expect(cleaned.meta.url).toBe(expected.url)
    })

    it('keeps the article body, one paragraph per block', () => {
      for (const s of expected.body_keep) expect(cleaned.text).toContain(s)
      if (expected.paragraphs !== undefined)
        expect(cleaned.text.split('\n\n')).toHaveLength(expected.paragraphs)
    })

    it('drops the page furniture', () => {
      for (const s of expected.boilerplate) expect(cleaned.text).not.toContain(s)
    })

    it('gives the same text when its own output is extracted again', () => {
      const page = `<html><body><article>${cleaned.text
        .split('\n\n')
        .map((p) => `<p>${escape(p)}</p>`)
        .join('')}</article></body></html>`
      expect(extractHtml(page).text).toBe(cleaned.text)
    })
  })
})
