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
