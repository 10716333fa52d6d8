import { isTitleCase } from './classify-line.js'

const ENDS_SENTENCE = /[.!?…:]["'”’»)\]]*$/u
// A wrapped line stops inside a sentence: after a word, a comma or a dash, not a bracket.
const WRAP_END = /[\p{L}\p{N},;:'’"”–—-]$/u
// A list item starts its own line; it is never the continuation of a wrapped paragraph.
const LIST_ITEM = /^\s*(?:[•·*»›>+-]|\d+[.)])\s/u
const MIN_WRAP = 45
// Lines of one wrapped paragraph differ little in length (they all stop near the wrap width).
const MAX_SPREAD = 30
const MAX_WRAP = 100

// Two lines: a subheading glued to its paragraph must not be joined to it (golden:
// text-hard-wrapped, where a wrapped headline ends on a lower-case line).
const looksLikeWrap = (next: string): boolean => /^\p{Ll}/u.test(next.trim())

const spread = (ls: readonly string[]): number =>
  Math.max(...ls.map((l) => l.length)) - Math.min(...ls.map((l) => l.length))

/**
 * Joins hard-wrapped paragraphs (plain-text mail and wire copy broken at a fixed width) back into
 * one line each, so the line classifier sees paragraphs. A blank-line-separated block is wrapped
 * when every line but the last is 45-100 characters long (within 30 of each other), most stop
 * mid-sentence, no line is page furniture (`isFurniture`) or a list item, and neither the first
 * nor an unfinished last line is a title-case headline. Furniture blocks ("Related:" plus
 * headlines) start with a short line and stay as they are.
 */
export function unwrapLines(
  lines: readonly string[],
  isFurniture: (line: string) => boolean = () => false,
): string[] {
  const out: string[] = []
  let block: string[] = []
  const flush = (): void => {
    const body = block.slice(0, -1)
    const last = block[block.length - 1] ?? ''
    const wrapped =
      body.length >= 1 &&
      body.every((l) => l.length >= MIN_WRAP && l.length <= MAX_WRAP) &&
      spread(body) <= MAX_SPREAD &&
      body.filter((l) => !ENDS_SENTENCE.test(l)).length * 2 > body.length &&
      body.every((l) => WRAP_END.test(l)) &&
      !isTitleCase(block[0] ?? '') &&
      (ENDS_SENTENCE.test(last) || !isTitleCase(last)) &&
      !block.some(isFurniture) &&
      !block.some((l) => LIST_ITEM.test(l)) &&
      (body.length >= 2 || looksLikeWrap(block[1] ?? ''))
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
