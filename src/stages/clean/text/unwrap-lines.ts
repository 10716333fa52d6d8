import { isTitleCase } from './classify-line.js'

const ENDS_SENTENCE = /[.!?…:]["'”’»)\]]*$/u
// A wrapped line stops inside a sentence: after a word, a comma or a dash, not a bracket.
const WRAP_END = /[\p{L}\p{N},;:'’"”–—-]$/u
const MIN_WRAP = 45
// Lines of one wrapped paragraph differ little in length (they all stop near the wrap width).
const MAX_SPREAD = 30
const MAX_WRAP = 100

// Two lines: a subheading glued to its paragraph must not be joined to it (golden: text-*).
const looksLikeWrap = (first: string, next: string): boolean =>
  !isTitleCase(first) && /^\p{Ll}/u.test(next.trim())

const spread = (ls: readonly string[]): number =>
  Math.max(...ls.map((l) => l.length)) - Math.min(...ls.map((l) => l.length))

/**
 * Joins hard-wrapped paragraphs (plain-text mail and wire copy broken at a fixed width) back into
 * one line each, so the line classifier sees paragraphs. A blank-line-separated block is wrapped
 * when it has several lines, every line but the last is 45-100 characters long (within 30 of each other), and most of them stop
 * mid-sentence, and no line is page furniture (`isFurniture`). Page furniture blocks ("Related:" plus headlines) start with a short line and stay.
 */
export function unwrapLines(
  lines: readonly string[],
  isFurniture: (line: string) => boolean = () => false,
): string[] {
  const out: string[] = []
  let block: string[] = []
  const flush = (): void => {
    const body = block.slice(0, -1)
    const wrapped =
      body.length >= 1 &&
      body.every((l) => l.length >= MIN_WRAP && l.length <= MAX_WRAP) &&
      spread(body) <= MAX_SPREAD &&
      body.filter((l) => !ENDS_SENTENCE.test(l)).length * 2 > body.length &&
      body.every((l) => WRAP_END.test(l)) &&
      !block.some(isFurniture) &&
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
