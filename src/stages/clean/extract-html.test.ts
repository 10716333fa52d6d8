import { describe, expect, it } from 'vitest'
import { extractHtml } from './extract-html.js'

const PARA =
  'Officials in Astana said the talks on grain transit would continue next month, after a round of meetings that both sides described as useful.'
const page = (body: string, head = ''): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`

describe('extractHtml on broken and hostile pages', () => {
  const cases: Array<[string, string, string]> = [
    [
      'nesting 3000 levels deep',
      page(`${'<div>'.repeat(3000)}<p>${PARA}</p><p>${PARA}</p>${'</div>'.repeat(3000)}`),
      PARA,
    ],
    [
      'unclosed nested inline tags',
      page(`${'<div><span><b>'.repeat(500)}<p>${PARA}<p>${PARA}`),
      PARA,
    ],
    [
      'an unclosed <title>',
      `<html><head><title>Grain talks | Plains Courier\n</head><body><article><p>${PARA}</p><p>${PARA}</p></article></body></html>`,
      PARA,
    ],
    [
      'an unterminated comment after the text',
      page(`<article><p>${PARA}</p><p>${PARA}</p></article><!-- ${PARA}`),
      PARA,
    ],
  ]
  it.each(cases)('%s', (_label, html, expected) => {
    const { text } = extractHtml(html)
    expect(text).toContain(expected)
  })

  it('keeps the title of a page whose <title> is unclosed', () => {
    const html = `<html><head><title>Grain talks | Plains Courier\n<meta property="og:site_name" content="Plains Courier"></head><body><p>${PARA}</p><p>${PARA}</p></body></html>`
    expect(extractHtml(html).meta.title).toBe('Grain talks')
  })

  it('drops a javascript: link paragraph and never runs or keeps script text', () => {
    const html = page(
      `<article><p>${PARA}</p><p><a href="javascript:alert(1)">Read the full statement</a></p><script>alert('x')</script><p>${PARA}</p></article>`,
    )
    const { text } = extractHtml(html)
    expect(text).not.toContain('Read the full statement')
    expect(text).not.toContain('alert')
  })

  it('returns empty text, not an error, for a page with no body text', () => {
    expect(extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>').text).toBe('')
  })

  it('falls back to the JSON-LD articleBody when the page shows almost nothing', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Grain talks',
      articleBody: `${PARA}\n\n${PARA}`,
    })
    const html = page(
      '<div id="app">Loading…</div>',
      `<script type="application/ld+json">${ld}</script>`,
    )
    const got = extractHtml(html)
    expect(got.text).toBe(`${PARA}\n\n${PARA}`)
    expect(got.diagnostics.map((d) => d.ruleId)).toContain('html-jsonld-body')
  })
})

describe('extractHtml: author boxes', () => {
  const article = `<article><h1>Grain talks resume</h1><p class="byline">By <a rel="author">Dana Omarova</a></p><p>${PARA}</p><p>${PARA}</p></article>`
  it('keeps the bio sentence of a byline author as a note, not as body text', () => {
    const got = extractHtml(
      page(
        `${article}<aside class="author-bio"><img alt=""><p>Dana Omarova is a reporter based in Almaty who covers trade.</p></aside>`,
      ),
    )
    expect(got.meta.authors).toEqual(['Dana Omarova'])
    expect(got.meta.authorNotes).toEqual([
      'Dana Omarova is a reporter based in Almaty who covers trade.',
    ])
    expect(got.text).not.toContain('is a reporter based')
  })

  it('ignores boxes about someone else', () => {
    const got = extractHtml(
      page(`${article}<div class="bio">Erlan Sadykov is an editor at the desk.</div>`),
    )
    expect(got.meta.authorNotes).toBeUndefined()
  })
})
