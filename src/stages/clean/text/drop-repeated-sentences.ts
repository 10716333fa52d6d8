/** Result of removing repeats: the text and how many sentences or paragraphs were removed. */
export interface RepeatsDropped {
  readonly text: string
  readonly dropped: number
}

// Sentence ends: terminal mark (plus closing quotes) then space and a capital or opening quote.
const SENTENCE_END = /(?<=[\p{Ll}\p{N}%)][.!?…]["'”’)]?)\s+(?=["“‘(]?\p{Lu})/u
// Short sentences ("He denied it.") legitimately repeat; only longer ones are pull-quote copies.
const MIN_WORDS = 6

const key = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * Keeps the first copy of every sentence (of six words or more) and paragraph, removing later
 * copies: scraped pages repeat pull-quotes and highlighted sentences inside the article. Paragraphs
 * are separated by blank lines. `keeps(paragraph)` may veto a partial removal whose remainder no
 * longer reads as a paragraph; the paragraph is then left whole.
 */
export function dropRepeatedSentences(
  text: string,
  keeps: (paragraph: string) => boolean = () => true,
): RepeatsDropped {
  const seen = new Set<string>()
  const out: string[] = []
  let dropped = 0
  for (const para of text.split(/\n[ \t]*\n/u)) {
    const whole = key(para)
    if (!whole) continue
    if (seen.has(whole)) {
      dropped++
      continue
    }
    const sentences = para.split(SENTENCE_END)
    const kept = sentences.filter((s) => {
      const k = key(s)
      if (k.split(' ').length < MIN_WORDS) return true
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
    seen.add(whole)
    if (kept.length === sentences.length) out.push(para)
    else if (kept.length === 0) dropped++
    else {
      const rest = kept.join(' ')
      if (keeps(rest)) {
        out.push(rest)
        dropped += sentences.length - kept.length
      } else out.push(para)
    }
  }
  return { text: out.join('\n\n'), dropped }
}
