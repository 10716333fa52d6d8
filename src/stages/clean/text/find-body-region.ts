import type { LineKind, PageLine } from './classify-line.js'

/** Half-open range `[start, end)` of line indexes. */
export interface LineRange {
  readonly start: number
  readonly end: number
}

// Cost of a non-prose line inside the body run, in characters of prose it outweighs. A subheading
// costs little (articles have many); a prompt or menu line costs a short paragraph, so a bio or
// teaser block after a share bar is not pulled into the body (golden: text-wire-teasers).
const COST: Readonly<Record<Exclude<LineKind, 'prose' | 'end'>, number>> = {
  blank: 0,
  rule: 10,
  heading: 25,
  date: 40,
  byline: 40,
  caption: 60,
  link: 80,
  prompt: 80,
  nav: 80,
}
// One paragraph never outweighs more than this, so a single huge block of comments or a legal
// notice cannot swallow the whole page.
const MAX_GAIN = 600

/**
 * The main body block: the run of lines with the largest prose mass, where non-prose lines inside
 * the run cost a little and an end-of-article line (comments, copyright, source) cannot be crossed.
 * A linear maximum-subarray pass. Returns null when the page has no prose line.
 */
export function findBodyRegion(lines: readonly PageLine[]): LineRange | null {
  let best: LineRange | null = null
  let bestSum = 0
  let sum = 0
  let start = 0
  for (let i = 0; i < lines.length; i++) {
    const { kind, text } = lines[i]!
    if (kind === 'end') {
      sum = 0
      start = i + 1
      continue
    }
    const score = kind === 'prose' ? Math.min(text.length, MAX_GAIN) : -COST[kind]
    if (sum + score <= 0 && score <= 0) {
      sum = 0
      start = i + 1
      continue
    }
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += score
    if (sum > bestSum) {
      bestSum = sum
      best = { start, end: i + 1 }
    }
  }
  return best
}
