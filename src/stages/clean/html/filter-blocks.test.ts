import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { blocksOf, type Block } from './blocks.js'
import { boilerplateRules } from './boilerplate-rules.js'
import { densestBlocks } from './fallback.js'
import { filterBlocks } from './filter-blocks.js'

const PROSE =
  'The regional parliament in Oral approved the budget for next year on Thursday, after a debate that lasted most of the afternoon and ended with a narrow vote.'
const body = (html: string): Element =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body
const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => b.text)
const kept = (html: string): string[] =>
  texts(filterBlocks(blocksOf(body(html) as never), boilerplateRules()))

describe('blocksOf', () => {
  const cases: Array<[string, string, string[]]> = [
    ['paragraphs', '<p>One  two</p><p>three</p>', ['One two', 'three']],
    ['double <br> is a paragraph break, single is not', 'a<br>b<br><br>c', ['a b', 'c']],
    [
      'table cells join into a row',
      '<table><tr><td>Route</td><td>Scale</td></tr></table>',
      ['Route Scale'],
    ],
    [
      'scripts and buttons are skipped',
      '<p>kept<script>var x</script><button>Go</button></p>',
      ['kept'],
    ],
  ]
  it.each(cases)('%s', (_label, html, expected) => {
    expect(texts(blocksOf(body(html) as never))).toEqual(expected)
  })

  it('records link share, figure context and container classes', () => {
    const [link, caption, classed] = blocksOf(
      body(
        '<p><a href="/x">all link</a></p><figure><figcaption>cap</figcaption></figure><div class="Share-Bar"><p>x</p></div>',
      ) as never,
    )
    expect(link?.linkChars).toBe('all link'.length)
    expect(caption?.inFigure).toBe(true)
    expect(classed?.hints).toContain('share-bar')
  })
})

describe('filterBlocks', () => {
  const cases: Array<[string, string, string[]]> = [
    ['keeps prose', `<p>${PROSE}</p>`, [PROSE]],
    [
      'drops a figure caption',
      `<figure><figcaption>Deputies vote in Oral.</figcaption></figure><p>${PROSE}</p>`,
      [PROSE],
    ],
    [
      'drops a share bar by class',
      `<p>${PROSE}</p><div class="social-share"><p>Telegram WhatsApp</p></div><p>${PROSE}</p>`,
      [PROSE, PROSE],
    ],
    [
      'keeps "has-image" containers',
      `<div class="has-image"><p>${PROSE}</p></div><p>${PROSE}</p>`,
      [PROSE, PROSE],
    ],
    [
      'drops prompts',
      `<p>${PROSE}</p><p>Sign up for our newsletter to get the morning briefing.</p><p>${PROSE}</p>`,
      [PROSE, PROSE],
    ],
    [
      'drops stamps and bylines',
      `<p>By Dana Omarova</p><p>Updated 21 Nov 2022, 19:40 GMT+6</p><p>${PROSE}</p>`,
      [PROSE],
    ],
    [
      'drops link-only pointers',
      `<p>${PROSE}</p><p><a href="/x">Read the full speech</a></p><p>${PROSE}</p>`,
      [PROSE, PROSE],
    ],
    ['trims labels at both ends', `<p>Politics</p><p>${PROSE}</p><p>Comments</p>`, [PROSE]],
    [
      'trims a trailing list of links',
      `<p>${PROSE}</p><ul><li><a href="/a">Other headline one</a></li><li><a href="/b">Other headline two</a></li></ul>`,
      [PROSE],
    ],
    [
      'keeps a subheading in the middle',
      `<p>${PROSE}</p><h2>What comes next</h2><p>${PROSE}</p>`,
      [PROSE, 'What comes next', PROSE],
    ],
    [
      'ignores noise classes on the whole article wrapper',
      `<div class="post comments-open"><p>${PROSE}</p><p>${PROSE}</p></div>`,
      [PROSE, PROSE],
    ],
  ]
  it.each(cases)('%s', (_label, html, expected) => {
    expect(kept(html)).toEqual(expected)
  })
})

describe('densestBlocks (fallback)', () => {
  it('picks the container with the most prose, not the navigation', () => {
    const root = body(
      `<div id="nav"><p><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></p></div>` +
        `<div id="text"><p>${PROSE}</p><p>${PROSE}</p></div><div id="foot"><p>Contact us for advertising.</p></div>`,
    )
    expect(texts(densestBlocks(root as never))).toEqual([PROSE, PROSE])
  })
})
