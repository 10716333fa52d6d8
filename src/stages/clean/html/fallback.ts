import { blocksOf, type Block } from './blocks.js'

/** The subset of DOM element API the fallback uses. */
interface El {
  readonly textContent: string | null
  readonly parentElement: El | null
  readonly localName: string
  readonly nodeType: number
  readonly childNodes: ArrayLike<El>
  querySelectorAll(selector: string): ArrayLike<El>
  getAttribute(name: string): string | null
}

const linkText = (el: El): number => {
  let n = 0
  const links = el.querySelectorAll('a')
  for (let i = 0; i < links.length; i++) n += (links[i]?.textContent ?? '').trim().length
  return n
}

/**
 * Text-density fallback for pages where Readability finds little: scores each container by the
 * prose paragraphs (`<p>`, long `<div>` text runs) directly under it, with a bonus for semantic
 * containers (`article`, `main`, `itemprop=articleBody`), and returns the best container's blocks.
 */
export function densestBlocks(body: El): Block[] {
  const scores = new Map<El, number>()
  const paras = body.querySelectorAll('p, pre, blockquote, li')
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]
    if (!p) continue
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text.length < 40) continue
    if (linkText(p) / text.length > 0.4) continue
    // Longer paragraphs with sentence punctuation weigh more; commas are a cheap prose signal.
    const score = Math.min(text.length, 800) + 25 * (text.match(/[,.;]/g)?.length ?? 0)
    const parent = p.parentElement
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score)
    const grand = parent?.parentElement
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2)
  }
  let best: El | undefined
  let bestScore = 0
  for (const [el, s] of scores) {
    const semantic =
      el.localName === 'article' ||
      el.localName === 'main' ||
      /articlebody/i.test(el.getAttribute('itemprop') ?? '')
    const score = semantic ? s * 1.25 : s
    if (score > bestScore) {
      best = el
      bestScore = score
    }
  }
  return best ? blocksOf(best) : []
}
