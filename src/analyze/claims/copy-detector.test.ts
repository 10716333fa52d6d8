import { describe, expect, test } from 'vitest'
import { shingles } from '../../stages/dedup/minhash.js'
import { containment } from './content-words.js'
import { copyDetector } from './copy-detector.js'

const BASE =
  'The border post near the river crossing reported two convoys on Tuesday night, a duty officer ' +
  'said, adding that the trucks carried fuel and spare parts for the garrison further east.'
const OTHER =
  'Grain prices at the northern exchange fell for a third week as buyers waited for the new ' +
  'harvest figures, which the ministry promised to publish before the end of the month.'

/** [label, text a, text b, threshold] — the detector must agree with plain containment. */
const cases: Array<[string, string, string, number]> = [
  ['a verbatim copy', BASE, BASE, 0.5],
  [
    'a copy wrapped in page furniture',
    BASE,
    `Subscribe today. ${BASE} Share on social media.`,
    0.5,
  ],
  ['a copy with its second half cut', BASE, BASE.slice(0, 90), 0.5],
  ['two unrelated stories', BASE, OTHER, 0.5],
  ['half of one story glued to another', BASE, `${BASE.slice(0, 95)} ${OTHER}`, 0.5],
  ['an empty page', '', BASE, 0.5],
  ['two empty pages at threshold 0', '', '', 0],
  ['unrelated stories at threshold 0', BASE, OTHER, 0],
  ['a verbatim copy at threshold 1', BASE, BASE, 1],
  ['a cut copy at threshold 1', BASE, `${BASE} ${OTHER}`, 1],
  ['a short text shorter than one shingle', 'troops moved', 'troops moved north', 0.5],
]

describe('copyDetector', () => {
  test.each(cases)('%s', (_label, a, b, threshold) => {
    const texts = new Map([
      ['a', a],
      ['b', b],
    ])
    const { isCopy } = copyDetector(
      { known: (id) => texts.has(id), text: (id) => texts.get(id) },
      { threshold },
    )
    const expected = containment(shingles(a), shingles(b)) >= threshold
    expect(isCopy('a', 'b')).toBe(expected)
    expect(isCopy('b', 'a')).toBe(expected)
  })

  test('unknown documents are never copies', () => {
    const { isCopy } = copyDetector(
      { known: (id) => id === 'a', text: () => BASE },
      { threshold: 0.5 },
    )
    expect(isCopy('a', 'zzz')).toBe(false)
  })

  test('a text not loaded yet is reported missing and the answer is not cached', () => {
    const texts = new Map([['a', BASE]])
    const copies = copyDetector(
      { known: () => true, text: (id) => texts.get(id) },
      { threshold: 0.5 },
    )
    expect(copies.isCopy('a', 'b')).toBe(false)
    expect([...copies.missing]).toEqual(['b'])
    copies.clearMissing()
    texts.set('b', `Read more: ${BASE}`)
    expect(copies.isCopy('a', 'b')).toBe(true)
    expect(copies.missing.size).toBe(0)
  })
})
