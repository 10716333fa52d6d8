import type { Span } from '../../src/core/span.js'

/** Invariant checks shared by the property tests; each returns a list of violations. */

/** Problems with a span against a text of `length` UTF-16 code units (half-open range). */
export function spanProblems(what: string, span: Span | undefined, length: number): string[] {
  if (!span) return [`${what}: no span`]
  const { start, end } = span
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${what}: non-integer span`]
  if (start < 0 || end > length || start > end)
    return [`${what}: span [${start}, ${end}) outside text of length ${length}`]
  return []
}

/**
 * Problems with a sentence list: each non-empty, inside the text, matching its text, in order,
 * non-overlapping, numbered 0…n-1, paragraphs non-decreasing, and no non-space character dropped.
 */
export function sentenceProblems(
  text: string,
  sentences: ReadonlyArray<{ index: number; span: Span; text: string; paragraph: number }>,
): string[] {
  const problems: string[] = []
  let prevEnd = 0
  let prevParagraph = 0
  const covered = new Uint8Array(text.length)
  sentences.forEach((s, i) => {
    const label = `sentence ${i}`
    problems.push(...spanProblems(label, s.span, text.length))
    if (s.index !== i) problems.push(`${label}: index ${s.index}`)
    if (s.span.end <= s.span.start) problems.push(`${label}: empty`)
    if (s.span.start < prevEnd) problems.push(`${label}: starts before the previous one ends`)
    if (s.text !== text.slice(s.span.start, s.span.end))
      problems.push(`${label}: text does not match its span`)
    if (s.paragraph < prevParagraph) problems.push(`${label}: paragraph goes back`)
    prevEnd = Math.max(prevEnd, s.span.end)
    prevParagraph = s.paragraph
    covered.fill(1, Math.max(0, s.span.start), Math.min(text.length, s.span.end))
  })
  for (let i = 0; i < text.length; i++)
    if (!covered[i] && /\S/u.test(text[i] ?? '')) {
      problems.push(`character ${i} (${JSON.stringify(text[i])}) is in no sentence`)
      break
    }
  return problems
}
