import { describe, expect, it } from 'vitest'
import { locate } from './locate.js'

describe('locate', () => {
  const text = 'Intro line.\n\nThe minister said the “talks  were over” \u2014 for now.\nNext.'
  it.each([
    ['exact words', 'minister said', 'minister said'],
    ['straight quotes for curly ones', 'said the "talks were over"', 'said the “talks  were over”'],
    ['a hyphen for an em dash, other case', 'OVER" - FOR NOW.', 'over” \u2014 for now.'],
    ['a line break for a space', 'now. Next.', 'now.\nNext.'],
  ])('finds %s', (_label, needle, found) => {
    const r = locate(text, needle)
    expect(r && text.slice(r.start, r.end)).toBe(found)
  })

  it.each([
    ['absent words', 'the talks resumed'],
    ['an empty needle', '   '],
  ])('returns undefined for %s', (_label, needle) => expect(locate(text, needle)).toBeUndefined())
})
