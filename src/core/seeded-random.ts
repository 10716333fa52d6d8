/**
 * A small seeded pseudo-random generator (mulberry32) returning numbers in [0, 1): the same seed
 * gives the same sequence, so generated bench corpora and randomised tests are reproducible.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
