/**
 * Weighted Jaccard similarity of two word-id lists (distinct ids, weights by id):
 * Σ weight(shared) / Σ weight(union), 0 when the union weighs nothing.
 *
 * The claims grouping compares one incoming mention (`b`) with many members (`a`) in a row, so
 * `b`'s words are marked once in an array indexed by word id and each comparison is one pass over
 * each list, where `includes` made it |a| × |b| steps. The sums are taken in the same order as
 * the direct definition (a's words, then b's words not in a), so the result is the same float.
 */
export function wordOverlap(weights: Float64Array): (a: Int32Array, b: Int32Array) => number {
  // Stamps instead of clearing: inB[w] === stampB means w is in the current b.
  const inB = new Uint32Array(weights.length)
  const inA = new Uint32Array(weights.length)
  let stampA = 0
  let stampB = 0
  let lastB: Int32Array | null = null
  return (a, b) => {
    if (b !== lastB) {
      lastB = b
      stampB++
      for (const w of b) inB[w] = stampB
    }
    stampA++
    let shared = 0
    let union = 0
    for (const w of a) {
      const x = weights[w] as number
      union += x
      inA[w] = stampA
      if (inB[w] === stampB) shared += x
    }
    for (const w of b) if (inA[w] !== stampA) union += weights[w] as number
    return union > 0 ? shared / union : 0
  }
}
