// Slots: word length mod 16 × first UTF-16 unit mod 32 × last unit mod 32 (a-z are distinct).
const SLOTS = 1 << 14

function slotOf(w: string): number {
  return ((w.length & 15) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31)
}

/**
 * A bitmap of the words of a lexicon's index by length, first and last character: `mayHave`
 * is false for most words the index lacks, without probing its Map (lexicons probe every token
 * of a document; issue #8). True only means "look it up": slots are shared.
 */
export class WordGate {
  private readonly bits = new Uint32Array(SLOTS >> 5)

  /** Records `word` (the exact string later looked up). */
  add(word: string): void {
    const s = slotOf(word)
    this.bits[s >> 5] = (this.bits[s >> 5] as number) | (1 << (s & 31))
  }

  /** False when `word` was never added. */
  mayHave(word: string): boolean {
    const s = slotOf(word)
    return (((this.bits[s >> 5] as number) >>> (s & 31)) & 1) === 1
  }
}
