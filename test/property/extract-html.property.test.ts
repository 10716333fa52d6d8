import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractHtml } from '../../src/stages/clean/extract-html.js'
import { anyUnicode } from './arbitraries.js'

// Our own prose and page furniture, recombined into random pages (issue #3, #9).
const prose = [
  'The regional court in Oral fined the pipeline operator on Tuesday instead of suspending its work, lawyers for both sides said after the hearing.',
  'Officials in Bishkek said the new customs post would open in the spring, cutting the time lorries wait at the border by about half.',
  'According to the ministry, grain exports through the Caspian ports rose sharply in the first quarter, helped by a second ferry on the Aktau route.',
  '“We are not asking for favours, only for the rules to be applied,” a trader in Osh said, standing beside a queue of trucks that stretched out of sight.',
  'Turnout was low in the capital, where fewer than a third of voters took part, but officials said the count had gone smoothly everywhere.',
]
const furniture: Array<[string, string]> = [
  [
    'nav',
    '<nav><a href="/">Home</a> <a href="/region">Region</a> <a href="/economy">Economy</a></nav>',
  ],
  ['share', '<div class="share-bar"><a href="#">Facebook</a> <a href="#">Telegram</a></div>'],
  [
    'newsletter',
    '<div class="newsletter-box"><p>Subscribe to the Morning Steppe newsletter for the day’s news.</p></div>',
  ],
  [
    'figure',
    '<figure><img src="x.jpg"><figcaption>Lorries queue at the border crossing near the river.</figcaption></figure>',
  ],
  [
    'related',
    '<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ferry traffic hits a record</a></li></ul></aside>',
  ],
  [
    'comments',
    '<section id="comments"><h3>2 comments</h3><p>Great reporting, thank you for covering this story so quickly.</p></section>',
  ],
]
const furnitureText = [
  'Home',
  'Telegram',
  'Subscribe to the Morning Steppe',
  'Lorries queue at the border',
  'Ferry traffic hits a record',
  'Great reporting',
]

const page = fc
  .tuple(
    fc.array(fc.constantFrom(...prose), { minLength: 2, maxLength: 6 }),
    fc.array(fc.constantFrom(...furniture), { maxLength: 6 }),
    fc.array(fc.nat(10), { maxLength: 6 }),
  )
  .map(([paras, extras, positions]) => {
    const body: string[] = paras.map((p) => `<p>${p}</p>`)
    extras.forEach(([, html], i) => body.splice(Math.min(positions[i] ?? 0, body.length), 0, html))
    return {
      paras,
      html: `<!doctype html><html><body><article>${body.join('\n')}</article></body></html>`,
    }
  })

const tagSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<div>',
        '</div>',
        '<p>',
        '</p>',
        '<a href="x">',
        '<table><tr><td>',
        '<caption>',
        '<title>',
        '<!--',
        '<script>',
        '<br>',
        '<br><br>',
        '&amp;',
        '&#0;',
      ),
      fc.constantFrom(...prose),
      anyUnicode,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

describe('extractHtml properties', () => {
  it('never throws on arbitrary text or tag soup, and never returns markup of scripts', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicode, tagSoup), (html) => {
        const { text } = extractHtml(html)
        expect(typeof text).toBe('string')
        expect(text).not.toMatch(/<script/i)
      }),
      { numRuns: 150 },
    )
  })

  it('keeps every prose paragraph and no furniture, wherever the furniture sits', () => {
    fc.assert(
      fc.property(page, ({ paras, html }) => {
        const { text } = extractHtml(html)
        for (const p of paras) expect(text).toContain(p)
        for (const f of furnitureText) expect(text).not.toContain(f)
      }),
      { numRuns: 100 },
    )
  })

  it('extracting its own output again changes nothing', () => {
    fc.assert(
      fc.property(page, ({ html }) => {
        const once = extractHtml(html).text
        const again = extractHtml(
          `<html><body><article>${once
            .split('\n\n')
            .map((p) => `<p>${p}</p>`)
            .join('')}</article></body></html>`,
        )
        expect(again.text).toBe(once)
      }),
      { numRuns: 60 },
    )
  })
})
