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

// A second run of prose in the same part of the page joins the body when it is at least this
// share of the main run and this long: a body split by a block of captions and ads, not a blurb.
const MIN_SHARE = 0.5
const MIN_RUN = 200

interface Run extends LineRange {
  readonly sum: number
  /** Index of the stretch between end-of-article lines that the run lies in. */
  readonly part: number
}

/**
 * The body: the run of lines with the largest prose mass, where non-prose lines inside the run
 * cost a little and an end-of-article line (comments, copyright, source) cannot be crossed; plus
 * other runs in the same stretch that are nearly as large. A linear maximum-subarray pass.
 * Returns the runs in page order, or an empty list when the page has no prose line.
 */
export function findBodyRuns(lines: readonly PageLine[]): LineRange[] {
  const runs: Run[] = []
  let part = 0
  let from = 0
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.kind !== 'end') continue
    scan(lines, from, i, part++, runs)
    from = i + 1
  }
  const main = runs.reduce<Run | null>((a, r) => (!a || r.sum > a.sum ? r : a), null)
  if (!main) return []
  const floor = Math.max(MIN_RUN, main.sum * MIN_SHARE)
  return runs
    .filter((r) => r === main || (r.part === main.part && r.sum >= floor))
    .sort((a, b) => a.start - b.start)
    .map((r) => ({ start: r.start, end: trimTail(lines, r) }))
}

// A run may end with a short line that paid for the credit or date line before it ("Our
// standards: …"); article prose does not follow a closing credit. A short paragraph after an
// in-article prompt ("Read also: …") stays (golden: text-wire-dateline, text-markdown-agency).
const SHORT_TAIL = 100
const FURNITURE: ReadonlySet<LineKind> = new Set(['byline', 'date'])

function trimTail(lines: readonly PageLine[], run: LineRange): number {
  let end = run.end
  for (;;) {
    const last = lines[end - 1]
    if (!last || last.kind !== 'prose' || last.text.length >= SHORT_TAIL) return end
    let p = end - 2
    while (p > run.start && lines[p]!.kind === 'blank') p--
    if (p <= run.start || !FURNITURE.has(lines[p]!.kind)) return end
    while (p > run.start && lines[p]!.kind !== 'prose') p--
    end = p + 1
  }
}

/**
 * Maximum-subarray runs of `lines[from, to)`. When a run closes, the lines after its best end
 * (prose that did not pay for the gap before it) are scanned again as a run of their own.
 */
function scan(
  lines: readonly PageLine[],
  from: number,
  to: number,
  part: number,
  runs: Run[],
): void {
  let sum = 0
  let start = from
  let best: Run | null = null
  const close = (at: number): void => {
    if (best) {
      runs.push(best)
      if (best.end < at) scan(lines, best.end, at, part, runs)
    }
    best = null
    sum = 0
  }
  for (let i = from; i < to; i++) {
    const { kind, text } = lines[i]!
    const score =
      kind === 'prose' ? Math.min(text.length, MAX_GAIN) : kind === 'end' ? 0 : -COST[kind]
    if (sum + score <= 0) {
      close(i)
      continue
    }
    if (sum <= 0) start = i
    sum += score
    if (!best || sum > best.sum) best = { start, end: i + 1, sum, part }
  }
  close(to)
}
