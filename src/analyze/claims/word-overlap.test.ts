import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../core/seeded-random.js'
import { weightedJaccard } from './content-words.js'
import { wordOverlap } from './word-overlap.js'

/** The direct definition over the same ids, as strings. */
const direct = (a: Int32Array, b: Int32Array, weights: Float64Array): number =>
  weightedJaccard(
    new Set([...a].map(String)),
    new Set([...b].map(String)),
    (w) => weights[Number(w)] as number,
  )

describe('wordOverlap', () => {
  const weights = Float64Array.from([1, 0.5, 2, 0.25, 3, 0.1])
  const ids = (...xs: number[]): Int32Array => Int32Array.from(xs)
  const cases: Array<[string, Int32Array, Int32Array, number]> = [
    ['same words', ids(0, 2), ids(2, 0), 1],
    ['no shared word', ids(0, 1), ids(2, 3), 0],
    ['both empty', ids(), ids(), 0],
    ['one empty', ids(4), ids(), 0],
    ['half the weight shared', ids(0, 1, 3), ids(0, 5, 3), 1.25 / 1.85],
  ]
  it.each(cases)('%s', (_label, a, b, expected) => {
    expect(wordOverlap(weights)(a, b)).toBeCloseTo(expected, 12)
  })

  it('gives the same float as the direct definition, with one b against many a and back', () => {
    const random = seededRandom(11)
    const vocab = Float64Array.from({ length: 40 }, () => Math.log(1 + 100 * random()))
    const list = (): Int32Array =>
      Int32Array.from(
        new Set(
          Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 40)),
        ),
      )
    const overlap = wordOverlap(vocab)
    const lists = Array.from({ length: 60 }, list)
    for (const b of [lists[0], lists[1], lists[0]] as Int32Array[])
      for (const a of lists) expect(overlap(a, b)).toBe(direct(a, b, vocab))
  })
})
