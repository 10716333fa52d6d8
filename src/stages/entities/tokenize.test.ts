import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'
import { seededRandom as seeded } from '../../core/seeded-random.js'

// The scanner must cut exactly where /([\p{L}\p{M}\p{N}]+)|(\S)/gu does (domains aside).
const REFERENCE = /([\p{L}\p{M}\p{N}]+)|(\S)/gu
const PIECES = [
  'a',
  'Zb',
  'é',
  'e\u0301',
  '9',
  '٣',
  '𝐀',
  '😀',
  ' ',
  '\u00a0',
  '\u2003',
  '\n',
  ',',
  '-',
  "'",
  '’',
  '\ud800',
  '\udc00',
  'İ',
  'ß',
  '.',
  '"',
]

describe('tokenize', () => {
  it.each([
    ['words and punctuation', 'Hello, world!', ['Hello', ',', 'world', '!']],
    ['a domain name is one token', 'per steppenews.kz today', ['per', 'steppenews.kz', 'today']],
    ['an astral symbol is one token', 'a😀b', ['a', '😀', 'b']],
    ['combining marks stay in the word', 'Cafe\u0301 x', ['Cafe\u0301', 'x']],
    ['a movement and its armed wing', 'the FLNX/A said', ['the', 'FLNX/A', 'said']],
    ['two acronyms stay apart', 'US/UK and EU/NATO', ['US', '/', 'UK', 'and', 'EU', '/', 'NATO']],
    ['a slash after a word', 'and/or A/B', ['and', '/', 'or', 'A', '/', 'B']],
  ])('%s', (_label, text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected)
  })

  it('cuts like the reference pattern on random mixed text', () => {
    const rnd = seeded(3)
    for (let n = 0; n < 300; n++) {
      let text = ''
      for (let k = 0; k < 40; k++) text += PIECES[Math.floor(rnd() * PIECES.length)]
      const expected = [...text.matchAll(REFERENCE)].map((m) => [m.index, m[0]])
      expect(tokenize(text).map((t) => [t.start, t.text])).toEqual(expected)
    }
  })

  it('flags case once per token', () => {
    const [a, b, c] = tokenize('CSTO McCain kazakh')
    expect([a?.isUpper, a?.isCap, b?.hasUpper, b?.isUpper, c?.hasUpper]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
    expect(a?.lower).toBe('csto')
  })
})
