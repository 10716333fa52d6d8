import { isTitleCase } from './classify-line.js'

const ENDS_SENTENCE = /[.!?…:]["'”’»)\]]*$/u
const MIN_WRAP = 40
const MAX_WRAP = 100

// Two lines: a subheading glued to its paragraph must not be joined to it (golden: text-*).
const looksLikeWrap = (first: string, next: string): boolean =>
  !isTitleCase(first) && (/^\p{Ll}/u.test(next.trim()) || first.length >= 60)

/**
 * Joins hard-wrapped paragraphs (plain-text mail and wire copy broken at a fixed width) back into
 * one line each, so the line classifier sees paragraphs. A blank-line-separated block is wrapped
 * when it has several lines, every line but the last is 40-100 characters, and most of them stop
 * mid-sentence. Page furniture blocks ("Related:" plus headlines) start with a short line and stay.
 */
export function unwrapLines(lines: readonly string[]): string[] {
  const out: string[] = []
  let block: string[] = []
  const flush = (): void => {
    const body = block.slice(0, -1)
    const wrapped =
      body.length >= 1 &&
      body.every((l) => l.length >= MIN_WRAP && l.length <= MAX_WRAP) &&
      body.filter((l) => !ENDS_SENTENCE.test(l)).length * 2 > body.length &&
      !/^\s*(?:[•·*»›>+-]|\d+[.)])\s/u.test(block[1] ?? '') &&
      (body.length >= 2 || looksLikeWrap(body[0] ?? '', block[1] ?? ''))
    if (wrapped) out.push(block.join(' '))
    else out.push(...block)
    block = []
  }
  for (const line of lines) {
    if (line) block.push(line)
    else {
      if (block.length) flush()
      out.push('')
    }
  }
  if (block.length) flush()
  return out
}
