import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../core/seeded-random.js'
import { shingles } from '../../stages/dedup/minhash.js'
import { fnv1a, shingleHashes } from './shingle-hashes.js'

/** The direct way: the shingle strings, hashed, sorted, distinct. */
function direct(text: string): { hashes: Int32Array; size: number } {
  const set = shingles(text)
  const all = Int32Array.from([...set].map(fnv1a)).sort()
  return { hashes: Int32Array.from(new Set(all)), size: set.size }
}

describe('shingleHashes', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['punctuation only', ' -- ... !! '],
    ['fewer words than a shingle', 'Three short words'],
    ['exactly five words', 'One two three four five'],
    ['a repeated phrase', 'the talks went on and the talks went on and the talks went on'],
    ['one word over and over', 'yes yes yes yes yes yes yes yes'],
    [
      'letters beyond ASCII',
      'Şımşek dedi ki Öskemen’de görüşmeler sürdü; Алматы, 12 мая — переговоры',
    ],
    ['mixed case and digits', 'Talks IN Astana on 3 May; talks in astana ON 3 may'],
    [
      'astral letters, lone surrogates, a dotted capital I',
      'İzmir 𝐀𝐁 delegates \uD800met 𝟙2 times x\uDC00y in ǅakovo on Friday, \u0301 again',
    ],
  ]
  it.each(cases)('%s: same hashes and size as hashing the shingle strings', (_label, text) => {
    expect(shingleHashes(text)).toEqual(direct(text))
  })

  it('agrees on generated texts with many repeats', () => {
    const random = seededRandom(5)
    const vocab = ['envoy', 'met', 'the', 'minister', 'in', 'Ürümqi', 'on', 'Monday', 'said', '7']
    for (let n = 0; n < 200; n++) {
      const words = Array.from({ length: Math.floor(random() * 60) }, () => {
        return vocab[Math.floor(random() * vocab.length)] as string
      })
      const text = words.join(random() < 0.5 ? ' ' : ', ')
      expect(shingleHashes(text), text).toEqual(direct(text))
    }
  })

  it('counts two different shingles with one hash as two', () => {
    // 'a b c d w6rnw' and 'a b c d wnpba' have the same FNV-1a hash (found by search).
    expect(fnv1a('a b c d w6rnw')).toBe(fnv1a('a b c d wnpba'))
    const text = 'a b c d w6rnw a b c d wnpba'
    expect(shingleHashes(text)).toEqual(direct(text))
    expect(shingleHashes(text)).toMatchObject({ size: 6 })
    expect(shingleHashes(text).hashes).toHaveLength(5)
  })
})
