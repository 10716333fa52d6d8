import { describe, expect, test } from 'vitest'
import { evaluateWatch, loadWatch } from '../../analyze/index.js'
import { claim } from '../../../test/helpers/analyze-claims.js'
import { doc } from '../../../test/helpers/analyze-records.js'
import { renderHtml } from './report-html.js'
import { renderJson } from './report-json.js'
import { renderMarkdown } from './report-markdown.js'

const HOSTILE =
  'Deputy <script>alert(1)</script> says | the "steppe" is <img src=x onerror=alert(2)> next'
const claims = [
  claim('threat1', {
    date: '2024-08-10',
    evidence: HOSTILE,
    mentions: [
      { origin: 'Steppe Monitor', status: 'asserted', doc: 'd1' },
      { origin: 'Caspian Wire', status: 'asserted', doc: 'd2' },
    ],
    status: 'corroborated',
  }),
  claim('deal1', {
    type: 'AGREE',
    score: 6,
    date: '2024-09-02',
    mentions: [{ origin: 'Steppe Monitor', status: 'asserted', doc: 'd1' }],
  }),
]
const docs = [
  doc('d1', {
    publisher: 'Steppe Monitor',
    published: '2024-08-10',
    title: 'Title with <b>tags</b> & "quotes"',
  }),
  doc('d2', { publisher: 'Caspian Wire', published: '2024-08-11', title: 'Second report' }),
]
const evaluation = evaluateWatch(loadWatch('rus-kaz'), { claims, docs }, { asOf: '2024-09-30' })

describe('report renderers', () => {
  test('HTML: chart, indicator table, citations, and no live markup from article text', () => {
    const html = renderHtml(evaluation)
    expect(html).toContain('<svg')
    expect(html).toContain('<polyline')
    expect(html).toContain('<h2>Indicators</h2><table>')
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/<script|<img|<b>tags/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Title with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;')
    for (const id of ['threat1', 'deal1']) expect(html).toContain(`id="c-${id}"`)
    expect(html).toMatch(/\[D1\] Title with .*d1\.txt/)
  })

  test('Markdown: cites claims with their documents, lists sources, keeps tables intact', () => {
    const text = renderMarkdown(evaluation)
    expect(text).toContain('C threat1 [D1, D2]')
    expect(text).toMatch(/^- \[D2\] Second report — Caspian Wire, 2024-08-11 — `d2\.txt`/m)
    expect(text).not.toMatch(/<script/)
    // Every table row has as many cells as its header.
    for (const block of text.split('\n\n').filter((b) => b.startsWith('| '))) {
      const cells = block.split('\n').map((row) => row.split(/(?<!\\)\|/).length)
      expect(new Set(cells).size).toBe(1)
    }
  })

  test('JSON: the full evaluation with numbered sources', () => {
    const parsed = JSON.parse(renderJson(evaluation)) as {
      sources: Array<{ ref: string; id: string }>
      risk: { points: Array<{ risk: number; contributions: Array<{ risk: number }> }> }
    }
    expect(parsed.sources.map((s) => [s.ref, s.id])).toEqual([
      ['D1', 'd1'],
      ['D2', 'd2'],
    ])
    const last = parsed.risk.points.at(-1)
    expect(last?.contributions.reduce((s, c) => s + c.risk, 0)).toBeCloseTo(last?.risk ?? NaN, 9)
  })
})
