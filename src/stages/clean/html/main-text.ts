import { Readability } from '@mozilla/readability'
import { blocksOf, type Block } from './blocks.js'
import { boilerplateRules } from './boilerplate-rules.js'
import { densestBlocks } from './fallback.js'
import { filterBlocks } from './filter-blocks.js'

/** How the main text was found, for diagnostics. */
export type MainTextMethod = 'readability' | 'density' | 'none'

/** The article body as paragraphs, and which extractor produced it. */
export interface MainText {
  readonly paragraphs: readonly string[]
  readonly method: MainTextMethod
}

/** Below this many characters Readability's result is treated as a miss. */
const MIN_CHARS = 250

// Elements that never hold article prose; removed before Readability scores the page, so their
// text cannot pull the choice of container or survive inside it.
const NEVER_BODY =
  'figure, figcaption, picture, aside, nav, noscript, template, [aria-hidden="true"], [hidden], ' +
  '[role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"]'

const chars = (blocks: readonly Block[]): number => blocks.reduce((s, b) => s + b.text.length, 0)

/**
 * Extracts the main text of a parsed page. Readability picks the container; our filters remove
 * what it leaves (captions, share/related blocks, stamps); a text-density fallback takes over when
 * Readability returns nothing or too little. The document is modified.
 */
export function mainText(document: Document): MainText {
  const rules = boilerplateRules()
  for (const el of Array.from(document.querySelectorAll(NEVER_BODY))) el.remove()
  const fallbackRoot = document.body ? (document.body.cloneNode(true) as HTMLElement) : undefined
  let picked: Block[] = []
  try {
    const article = new Readability<Node>(document, {
      keepClasses: true,
      serializer: (node) => node,
    }).parse()
    if (article?.content) picked = filterBlocks(blocksOf(article.content as never), rules)
  } catch {
    // Note: Readability can throw on pathological trees (deep nesting); the fallback covers it.
    picked = []
  }
  if (chars(picked) >= MIN_CHARS)
    return { paragraphs: picked.map((b) => b.text), method: 'readability' }
  const dense = fallbackRoot ? filterBlocks(densestBlocks(fallbackRoot as never), rules) : []
  if (chars(dense) > chars(picked))
    return { paragraphs: dense.map((b) => b.text), method: 'density' }
  return { paragraphs: picked.map((b) => b.text), method: picked.length ? 'readability' : 'none' }
}
