import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanTextPage } from '../../src/stages/clean/clean-text-page.js'

/** What a text-page golden case pins (`test/golden/text-<slug>/expected.json`). */
interface Expected {
  readonly title: string | null
  readonly published: string | null
  readonly authors: readonly string[]
  readonly publisher?: string | null
  readonly origin?: string | null
  readonly language?: string
  /** Strings that must be in the body. */
  readonly body_keep: readonly string[]
  /** Strings that must not be in the body. */
  readonly boilerplate: readonly string[]
  /** Paragraph count of the body, when the case pins it. */
  readonly paragraphs?: number
  /** Openings of the author bio lines kept as metadata (`meta.authorNotes`), when pinned. */
  readonly author_notes?: readonly string[]
}

const root = new URL('./', import.meta.url)
const cases = readdirSync(root).filter((d) => d.startsWith('text-') && !d.endsWith('.ts'))
const read = (slug: string, file: string): string =>
  readFileSync(new URL(`${slug}/${file}`, root), 'utf8')

describe('text-page golden cases', () => {
  it('has at least four cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4)
  })

  describe.each(cases)('%s', (slug) => {
    const expected = JSON.parse(read(slug, 'expected.json')) as Expected
    const cleaned = cleanTextPage(read(slug, 'source.txt'))

    it('reads the metadata', () => {
      expect(cleaned.meta.title).toBe(expected.title)
      expect(cleaned.meta.published).toBe(expected.published)
      expect([...cleaned.meta.authors].sort()).toEqual([...expected.authors].sort())
      if (expected.publisher !== undefined) expect(cleaned.meta.publisher).toBe(expected.publisher)
      if (expected.origin !== undefined) expect(cleaned.meta.origin).toBe(expected.origin)
      if (expected.language !== undefined) expect(cleaned.meta.language).toBe(expected.language)
      if (expected.author_notes !== undefined) {
        const notes = cleaned.meta.authorNotes ?? []
        expect(notes).toHaveLength(expected.author_notes.length)
        expected.author_notes.forEach((s, i) => expect(notes[i]).toMatch(new RegExp(`^${s}`)))
      }
    })

    it('keeps the article body', () => {
      for (const s of expected.body_keep) expect(cleaned.text).toContain(s)
      if (expected.paragraphs !== undefined)
        expect(cleaned.text.split('\n\n')).toHaveLength(expected.paragraphs)
    })

    it('drops the page furniture', () => {
      for (const s of expected.boilerplate) expect(cleaned.text).not.toContain(s)
    })

    it('is stable when cleaned again', () => {
      expect(cleanTextPage(cleaned.text).text).toBe(cleaned.text)
    })
  })
})
