import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'
import { seededRandom as seeded } from '../../core/seeded-random.js'

// The scanner must cut exactly where this pattern does (before clitics are split off).
const REFERENCE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu
const PIECES = [
  'a',
  'Zb',
  '1',
  '23',
  '456',
  '7890',
  ',',
  '.',
  '-',
  '’',
  ' ',
  '\u00a0',
  '\n',
  'é',
  '٣',
  '𝐀',
  '😀',
  '\ud800',
  '"',
]

describe('tokenize (events)', () => {
  it.each([
    ['numbers keep thousands separators', 'about 12,500.5 troops', ['about', '12,500.5', 'troops']],
    ['four digits before a comma are no number', '1234,567', ['1234', ',', '567']],
    [
      'joined words stay whole',
      'al-Assad met U.S. envoys',
      ['al-Assad', 'met', 'U.S', '.', 'envoys'],
    ],
    ['clitics split off', 'Russia’s army doesn’t', ['Russia', '’s', 'army', 'does', 'n’t']],
  ])('%s', (_label, text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected)
  })

  it('cuts like the reference pattern on random mixed text', () => {
    const rnd = seeded(5)
    for (let n = 0; n < 400; n++) {
      let text = ''
      for (let k = 0; k < 30; k++) text += PIECES[Math.floor(rnd() * PIECES.length)]
      // No clitic can form without a letter before the apostrophe and s/d/m/ll/re/ve/t after it.
      const expected = [...text.matchAll(REFERENCE)]
        .filter((m) => !/['’](s|ll|re|ve|d|m)$|n['’]t$/i.test(m[0]))
        .map((m) => [7 + (m.index ?? 0), m[0], m[0].length > 1 || /[\p{L}\p{N}]/u.test(m[0])])
      const got = tokenize(text, 7)
        .filter((t) => expected.some(([at]) => at === t.start))
        .map((t) => [t.start, t.text, t.isWord])
      expect(got).toEqual(expected)
      // The shape found while scanning decides the lower case: it must be the folded text.
      const tokens = tokenize(text)
      expect(tokens.map((t) => t.lower)).toEqual(
        tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'")),
      )
    }
  })

  it.each([
    ['lower-case ASCII', 'troops moved', ['troops', 'moved']],
    ['capitals folded', 'NATO Said', ['nato', 'said']],
    ['straight clitic', "Kyiv's", ['kyiv', "'s"]],
    ['curly apostrophe folded', 'O’Brien’s', ["o'brien", "'s"]],
    ['non-ASCII capitals', 'ÉTAT İz', ['état', 'i̇z']],
    ['a lone quote mark', "' x", ["'", 'x']],
  ])('lower: %s', (_label, text, expected) => {
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.lower)).toEqual(expected)
    expect(tokens.map((t) => t.lower)).toEqual(
      tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'")),
    )
  })
})
