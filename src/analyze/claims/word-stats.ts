import { contentWords } from './content-words.js'

/**
 * Content-word ids and their document frequencies over the evidence sentences of a corpus, so that
 * evidence wording can be compared with each word weighted by how rare it is. Counted in a first
 * pass over every sentence (`add`), then read (`idsOf`, `weights`) while the events are grouped key
 * by key: the weights are corpus-wide, whatever part of the corpus is in memory.
 */
export class WordStats {
  private readonly ids = new Map<string, number>()
  private df = new Int32Array(1024)
  private sentences = 0
  private cached: Float64Array | null = null

  /** Counts the distinct content words of one event's evidence. */
  add(evidence: string): void {
    this.sentences++
    for (const w of contentWords(evidence)) {
      const id = this.idOf(w)
      this.df[id] = (this.df[id] as number) + 1
    }
    this.cached = null
  }

  /**
   * The distinct content words of a sentence as ids, in text order. A word never counted (a
   * sentence stored after the first pass) gets an id of its own, weighted as if seen once.
   */
  idsOf(evidence: string): Int32Array {
    const words = contentWords(evidence)
    const out = new Int32Array(words.size)
    let i = 0
    for (const w of words) out[i++] = this.idOf(w)
    return out
  }

  /** Weights log(1 + N / df) by word id, N being the sentences counted. */
  weights(): Float64Array {
    if (this.cached && this.cached.length === this.ids.size) return this.cached
    const n = this.sentences
    const weights = new Float64Array(this.ids.size)
    for (let w = 0; w < weights.length; w++) weights[w] = Math.log(1 + n / (this.df[w] || 1))
    return (this.cached = weights)
  }

  /** Words known. */
  get size(): number {
    return this.ids.size
  }

  private idOf(word: string): number {
    let id = this.ids.get(word)
    if (id === undefined) {
      this.ids.set(word, (id = this.ids.size))
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2)
        grown.set(this.df)
        this.df = grown
      }
    }
    return id
  }
}
