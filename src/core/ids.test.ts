import { describe, expect, it } from 'vitest'
import { docIdFor, normaliseForHash, shortHash } from './ids.js'

// The normalisation as first written: one replace per rule, every whitespace run rewritten.
const reference = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

describe('normaliseForHash', () => {
  const cases: [string, string, string][] = [
    ['single spaces kept', 'Astana said no', 'astana said no'],
    ['runs and tabs folded', '  Astana\t said \n\n no  ', 'astana said no'],
    ['a lone newline becomes a space', 'line one\nline two', 'line one line two'],
    ['no-break and em spaces', 'a\u00a0b\u2003\u2003c', 'a b c'],
    ['curly single quotes', '\u2018Kazakhstan\u2019s\u201A \u201Bx', "'kazakhstan's' 'x"],
    ['curly double quotes', '\u201CNo\u201D \u201Eyes\u201F', '"no" "yes"'],
    ['compatibility forms (NFKC)', 'ﬁnal ① Ｒｕｓｓｉａ', 'final 1 russia'],
    ['empty', '', ''],
  ]
  it.each(cases)('%s', (_label, input, expected) => {
    expect(normaliseForHash(input)).toBe(expected)
    expect(normaliseForHash(input)).toBe(reference(input))
  })
})

describe('docIdFor', () => {
  it('is the first 16 hex digits of the SHA-256 of the normalised text', () => {
    // sha256 of "astana said no", computed with sha256sum.
    expect(docIdFor('  Astana\tsaid NO ')).toBe('f3498970194e4414')
    expect(docIdFor('  Astana\tsaid NO ')).toBe(docIdFor('astana said no'))
    expect(docIdFor('astana said no')).not.toBe(docIdFor('astana said yes'))
  })
})

describe('shortHash', () => {
  it('is the first hex digits of the SHA-1 of the string, 12 by default', () => {
    // sha1 of "event:astana", computed with sha1sum.
    expect(shortHash('event:astana')).toBe('eb7f3d50c560')
    expect(shortHash('event:astana', 6)).toBe('eb7f3d50c560'.slice(0, 6))
  })
})
