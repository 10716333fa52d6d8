import type { Block } from './blocks.js'
import type { BoilerplateRules } from './boilerplate-rules.js'

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const CJK_ALL = new RegExp(CJK.source, 'gu')
// Every character of those scripts is U+1100 or above (or astral: a surrogate pair): a text with
// no such unit skips the script RegExp, which is slow per character (issue #8).
const HIGH_UNIT = /[\u1100-\uffff]/

/**
 * Word count that also works for scripts written without spaces (CJK: about two characters a
 * word). Counts spaces and CJK characters without allocating (it runs several times per block).
 */
function words(s: string): number {
  let spaced = 1
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) spaced++
  const cjk = HIGH_UNIT.test(s) && CJK.test(s) ? (s.match(CJK_ALL)?.length ?? 0) : 0
  return Math.max(spaced, Math.round(cjk / 2))
}
const isSentence = (s: string): boolean => /[.!?…"”’»)]$/u.test(s)

const MODIFIERS = new Set(['has', 'with', 'no', 'is', 'without', 'show', 'hide'])

/** Whether a block's container classes name page furniture (`share-bar`, `related_links`). */
function hasNoiseClass(b: Block, rules: BoilerplateRules): boolean {
  if (!b.hints) return false
  let prev = ''
  for (const token of b.hints.split(/[^a-z0-9]+/)) {
    // "has-image", "with-video", "no-comments" describe a container; they do not name furniture.
    if (rules.noiseTokens.has(token) && !MODIFIERS.has(prev)) return true
    prev = token
  }
  return false
}

/**
 * Short blocks that are prompts, credits or date stamps. Note: link density is deliberately not a
 * rule here; shopping and listing articles are mostly links, and trailing link lists are handled
 * by `trimEdges`.
 */
function isFurniture(b: Block, rules: BoilerplateRules): boolean {
  const n = words(b.text)
  if (n <= 30 && rules.prompt.test(b.text)) return true
  // A paragraph that is one link and no sentence is a pointer elsewhere ("Read the full text").
  if (n <= 12 && !isSentence(b.text) && b.linkChars / b.text.length > 0.9 && b.tag === 'p')
    return true
  if (n <= 14 && !isSentence(b.text) && rules.stamp.test(b.text)) return true
  return false
}

/**
 * Removes what Readability leaves behind: captions and credits, share/related/newsletter blocks,
 * link lists, date stamps and bylines, repeated short blocks, and short non-sentence lines at the
 * start and end (breadcrumbs, "Comments", section labels). Returns the kept blocks in order.
 */
export function filterBlocks(blocks: readonly Block[], rules: BoilerplateRules): Block[] {
  const total = blocks.reduce((s, b) => s + b.text.length, 0)
  const noisy = blocks.filter((b) => hasNoiseClass(b, rules))
  // Note: when most of the text sits under a "noise" class, the class names the whole article
  // container (e.g. "post author-12"); then class tokens say nothing and are ignored.
  const useClasses = noisy.reduce((s, b) => s + b.text.length, 0) < total * 0.4
  const seen = new Set<string>()
  const kept = blocks.filter((b) => {
    if (b.inFigure) return false
    if (useClasses && hasNoiseClass(b, rules) && words(b.text) < 80) return false
    if (isFurniture(b, rules)) return false
    if (words(b.text) <= 12 && !isSentence(b.text)) {
      if (seen.has(b.text)) return false
      seen.add(b.text)
    }
    return true
  })
  return trimEdges(kept)
}

/**
 * Drops short non-sentence lines at either end (labels, breadcrumbs, lone names) and, at the end,
 * lists of links ("More stories" with its headlines).
 */
function trimEdges(blocks: Block[]): Block[] {
  const isEdgeNoise = (b: Block): boolean => {
    const n = words(b.text)
    return n <= 3 || (n <= 10 && !isSentence(b.text))
  }
  const isLinkItem = (b: Block): boolean => b.tag === 'li' && b.linkChars / b.text.length > 0.3
  let start = 0
  let end = blocks.length
  while (start < end && isEdgeNoise(blocks[start] as Block)) start++
  while (
    end > start &&
    (isEdgeNoise(blocks[end - 1] as Block) || isLinkItem(blocks[end - 1] as Block))
  )
    end--
  return blocks.slice(start, end)
}
