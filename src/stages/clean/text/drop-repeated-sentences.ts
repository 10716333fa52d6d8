/** Result of removing repeats: the text and how many sentences or paragraphs were removed. */
export interface RepeatsDropped {
  readonly text: string
  readonly dropped: number
}

// Sentence end: terminal mark (plus closing quote) kept by the capture, then space and a capital
// or opening quote. Latin and Cyrillic capitals are listed so the regex needs no Unicode classes.
const SENTENCE_END = /([.!?…]["'”’)]?)\s+(?=["“‘(]?[A-ZА-ЯЁ])/
// Short sentences ("He denied it.") legitimately repeat; only longer ones are pull-quote copies.
const MIN_WORDS = 6

// Case, quotes, brackets and spacing do not hide a repeat: a key is the lower-case text with
// every run of these characters folded into one space, trimmed (as `replace(/[…]+/g, ' ')`
// would, in one scan that copies nothing when there is nothing to fold; issue #8).
const IGNORED_CHAR = /[\s"'“”‘’«»()[\]*_]/
// Verdict per UTF-16 unit, filled in on first sight: 0 not yet seen, 1 ignored, 2 kept.
const IGNORED_UNIT = new Uint8Array(0x10000)

function ignored(c: number): boolean {
  let k = IGNORED_UNIT[c] as number
  if (k === 0) IGNORED_UNIT[c] = k = IGNORED_CHAR.test(String.fromCharCode(c)) ? 1 : 2
  return k === 1
}

const key = (s: string): string => {
  const lower = s.toLowerCase()
  const n = lower.length
  let out = ''
  let from = 0
  for (let i = 0; i < n;) {
    const c = lower.charCodeAt(i)
    if (!ignored(c)) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && ignored(lower.charCodeAt(j))) j++
    // A lone space folds into itself.
    if (j !== i + 1 || c !== 32) {
      out += lower.slice(from, i) + ' '
      from = j
    }
    i = j
  }
  return (from === 0 ? lower : out + lower.slice(from)).trim()
}

/** JavaScript `\s`: ASCII and Unicode spaces, line breaks and the byte-order mark. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)))
}

/** True when `s` has at least `n` words, counting maximal runs of whitespace (stops early). */
function wordsAtLeast(s: string, n: number): boolean {
  let runs = 0
  let inRun = false
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i))
    if (space && !inRun && ++runs + 1 >= n) return true
    inRun = space
  }
  return runs + 1 >= n
}

/** Sentences of a paragraph, each with its own terminal mark. */
function sentencesOf(para: string): string[] {
  const parts = para.split(SENTENCE_END)
  const out: string[] = []
  for (let i = 0; i < parts.length; i += 2) out.push((parts[i] ?? '') + (parts[i + 1] ?? ''))
  return out
}

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
  const paras = text.split(/\n[ \t]*\n/u)
  // A paragraph's key is its sentences' keys joined by a space: the split consumes the spacing
  // between sentences, which the key would fold into one space anyway. Computed once per
  // paragraph, for the repeated sections and for the sentences (issue #8).
  const split = paras.map((para) => {
    const sentences = sentencesOf(para)
    const keys = sentences.map(key)
    return { sentences, keys, whole: keys.join(' ') }
  })
  const sections = repeatedSections(paras, split)
  for (const [p, para] of paras.entries()) {
    // A repeated run of paragraphs is structure (a second menu, a table per option), kept whole.
    if (sections.has(p)) {
      out.push(para)
      continue
    }
    const { sentences, keys, whole } = split[p] as (typeof split)[number]
    if (!whole) continue
    if (seen.has(whole)) {
      dropped++
      continue
    }
    const kept = sentences.filter((s, i) => {
      if (!wordsAtLeast(s, MIN_WORDS)) return true
      const k = keys[i] ?? ''
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

/** Fewest consecutive repeated paragraphs that make a repeated section rather than a pull quote. */
const SECTION = 3

/**
 * Indexes of paragraphs inside runs of `SECTION` or more that all repeat earlier paragraphs.
 * `split[i].whole` is `key(paras[i])` except where lower-casing depends on context: a capital
 * sigma lower-cases by what follows it, which differs once the paragraph is split.
 */
function repeatedSections(
  paras: readonly string[],
  split: ReadonlyArray<{ readonly whole: string }>,
): Set<number> {
  const first = new Set<string>()
  const repeat = paras.map((p, i) => {
    const k = p.includes('Σ') ? key(p) : (split[i] as { whole: string }).whole
    if (!k) return false
    if (first.has(k)) return true
    first.add(k)
    return false
  })
  const out = new Set<number>()
  for (let i = 0; i < paras.length;) {
    let j = i
    while (j < paras.length && repeat[j]) j++
    if (j - i >= SECTION) for (let k = i; k < j; k++) out.add(k)
    i = Math.max(j, i + 1)
  }
  return out
}
