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
// text cannot pull the choice of container or survive inside it. Matched by hand rather than with
// a selector list: linkedom's selector engine costs about as much as parsing the page.
const NEVER_BODY_TAGS = new Set([
  'figure',
  'figcaption',
  'picture',
  'aside',
  'nav',
  'noscript',
  'template',
])
const NEVER_BODY_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner'])

const isNeverBody = (el: Element): boolean =>
  NEVER_BODY_TAGS.has(el.localName.toLowerCase()) ||
  el.hasAttribute('hidden') ||
  el.getAttribute('aria-hidden') === 'true' ||
  NEVER_BODY_ROLES.has(el.getAttribute('role') ?? '')

/**
 * Elements that never hold prose, in document order, like `querySelectorAll` of `figure, aside,
 * nav, …, [hidden], [aria-hidden="true"], [role=navigation|…]`: the universal selector walks the
 * tree the same way (template contents not searched) and the test runs in plain code.
 */
export function neverBodyElements(document: Document): Element[] {
  return Array.from(document.querySelectorAll('*')).filter(isNeverBody)
}

const MAX_READABILITY_DEPTH = 120

/** Deepest element nesting under `root`, found without recursion. */
function depthOf(root: Element): number {
  let max = 0
  const stack: Array<[Element, number]> = [[root, 1]]
  while (stack.length) {
    const [el, d] = stack.pop() as [Element, number]
    if (d > max) max = d
    for (const child of Array.from(el.children)) stack.push([child, d + 1])
  }
  return max
}

const chars = (blocks: readonly Block[]): number => blocks.reduce((s, b) => s + b.text.length, 0)

/**
 * Extracts the main text of a parsed page. Readability picks the container; our filters remove
 * what it leaves (captions, share/related blocks, stamps); a text-density fallback takes over when
 * Readability returns nothing or too little; it reads `reparse()`, a fresh copy of the page, since
 * Readability rewrites the tree. The document is modified.
 */
export function mainText(document: Document, reparse: () => Document): MainText {
  const rules = boilerplateRules()
  for (const el of neverBodyElements(document)) el.remove()
  removeSmallNoise(document, rules.preCleanTokens)
  // Readability turns javascript: links into plain text; keep them links so the link-only
  // paragraph filter still sees them (we never output HTML, so the href itself does not matter).
  for (const a of Array.from(document.querySelectorAll('a[href^="javascript:" i]')))
    a.setAttribute('href', '#')
  let picked: Block[] = []
  const shallow = depthOf(document.documentElement) <= MAX_READABILITY_DEPTH
  // Readability's cost grows steeply with nesting (seconds at a depth of 1000, a stack overflow
  // beyond); real pages stay under ~40 levels, so very deep trees go to the fallback directly.
  if (shallow)
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
  // Readability rewrote the tree; the fallback reads a fresh parse (rare, so not kept up front).
  const fresh = shallow ? reparse() : document
  if (shallow) for (const el of neverBodyElements(fresh)) el.remove()
  const dense = fresh.body ? filterBlocks(densestBlocks(fresh.body as never), rules) : []
  if (chars(dense) > chars(picked))
    return { paragraphs: dense.map((b) => b.text), method: 'density' }
  return { paragraphs: picked.map((b) => b.text), method: picked.length ? 'readability' : 'none' }
}

/**
 * Removes cookie banners, share bars, comment sections and similar containers, named by their
 * class or id, before Readability runs: Readability appends prose-like siblings of its chosen
 * container, and a cookie notice is prose-like. Only elements holding under a fifth of the page's
 * text go, so a template that names the article wrapper "post-comments-open" keeps its text.
 */
function removeSmallNoise(document: Document, tokens: ReadonlySet<string>): void {
  const total = document.body?.textContent?.length ?? 0
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected) continue
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
      .toLowerCase()
      .split(/[^a-z0-9]+/)
    if (!words.some((w) => tokens.has(w))) continue
    if ((el.textContent?.length ?? 0) < total * 0.2) el.remove()
  }
}
