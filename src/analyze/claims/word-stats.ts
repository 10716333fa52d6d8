import { contentWords } from './content-words.js'

/** `WordStats` as plain data (`toJSON`), e.g. for a worker thread. */
export interface WordStatsData {
  readonly words: readonly string[]
  readonly df: readonly number[]
  readonly sentences: number
}

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

  /**
   * The counts as plain data (words in id order, their document frequencies, sentences counted),
   * to hand to another thread; `WordStats.fromJSON` gives back the same ids and weights.
   */
  toJSON(): WordStatsData {
    return {
      words: [...this.ids.keys()],
      df: Array.from(this.df.subarray(0, this.ids.size)),
      sentences: this.sentences,
    }
  }

  /** Word statistics from `toJSON` data. */
  static fromJSON(data: WordStatsData): WordStats {
    const stats = new WordStats()
    for (const w of data.words) stats.idOf(w)
    stats.df.set(data.df)
    stats.sentences = data.sentences
    return stats
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
