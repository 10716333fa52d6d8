/** One paragraph-like run of text found in an HTML subtree, with what we know about where it sat. */
export interface Block {
  /** Whitespace-normalised text. */
  readonly text: string
  /** Characters of `text` that sat inside links. */
  readonly linkChars: number
  /** Lower-case tag of the nearest block ancestor (`p`, `li`, `h2`, `div` …). */
  readonly tag: string
  /** Space-joined class and id values of the block's ancestors inside the root, lower case. */
  readonly hints: string
  /** Inside `figure`, `figcaption`, `caption` or `picture`. */
  readonly inFigure: boolean
}

/** Minimal structural view of a DOM node, so linkedom and browser DOMs both fit. */
interface DomNode {
  readonly nodeType: number
  readonly nodeValue?: string | null
  readonly localName?: string
  readonly childNodes: ArrayLike<DomNode>
  getAttribute?(name: string): string | null
}

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote caption dd details div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tr ul'
  ).split(' '),
)
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button'])
/** Nesting below which a subtree is read as flat text, so recursion stays bounded. */
const MAX_DEPTH = 400
const FIGURE_TAGS = new Set(['figure', 'figcaption', 'caption', 'picture'])

interface Frame {
  tag: string
  hints: string
  inFigure: boolean
  inLink: boolean
}

/**
 * Splits an HTML subtree into text blocks at block-element and `<br><br>` boundaries, so that
 * paragraph breaks survive as separate blocks and each block can be judged on its own.
 */
export function blocksOf(root: DomNode): Block[] {
  const out: Block[] = []
  let buf = ''
  let linkChars = 0
  let owner: Frame = { tag: 'div', hints: '', inFigure: false, inLink: false }
  let brRun = 0
  const flush = (): void => {
    const text = buf.replace(/\s+/g, ' ').trim()
    if (text) {
      const ratio = buf.trim().length ? Math.min(1, linkChars / buf.trim().length) : 0
      out.push({
        text,
        linkChars: Math.round(ratio * text.length),
        tag: owner.tag,
        hints: owner.hints.trim(),
        inFigure: owner.inFigure,
      })
    }
    buf = ''
    linkChars = 0
  }
  const walk = (node: DomNode, frame: Frame, depth: number): void => {
    if (depth > MAX_DEPTH) {
      // Pathologically deep trees (broken or hostile HTML): read the rest as flat text.
      buf += ` ${(node as { textContent?: string | null }).textContent ?? ''}`
      return
    }
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? ''
      if (v.trim()) brRun = 0
      buf += v
      if (frame.inLink) linkChars += v.trim().length
      return
    }
    if (node.nodeType !== 1) return
    const tag = (node.localName ?? '').toLowerCase()
    if (SKIP_TAGS.has(tag)) return
    if (tag === 'br') {
      // A double line break is a paragraph break in hand-written and CMS-flattened HTML.
      if (++brRun >= 2) flush()
      else buf += ' '
      return
    }
    const hint = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`
    const isBlock = BLOCK_TAGS.has(tag)
    const next: Frame = {
      tag: isBlock ? tag : frame.tag,
      hints: hint.trim() ? `${frame.hints} ${hint.toLowerCase()}` : frame.hints,
      inFigure: frame.inFigure || FIGURE_TAGS.has(tag),
      inLink: frame.inLink || tag === 'a',
    }
    if (isBlock) {
      flush()
      brRun = 0
      owner = next
    }
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]
      if (kid) walk(kid, next, depth + 1)
    }
    if (isBlock) {
      flush()
      owner = frame
    } else if (tag === 'td' || tag === 'th') buf += ' '
  }
  walk(root, owner, 0)
  flush()
  return out
}
