import { describe, expect, it } from 'vitest'
import { safeHref } from './dom.js'
import { currentRoute, href } from './router.js'

describe('safeHref', () => {
  it.each([
    ['in-app hash link', '#/doc/abc?event=e1', '#/doc/abc?event=e1'],
    ['https URL', 'https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['javascript: URL', 'javascript:alert(1)', '#'],
    ['javascript: with spaces and case', ' JaVaScRiPt:alert(1)', '#'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>', '#'],
    ['vbscript: URL', 'vbscript:msgbox(1)', '#'],
    ['relative path', '/api/documents', '#'],
    ['garbage', 'not a url', '#'],
  ])('%s', (_label, input, expected) => expect(safeHref(input)).toBe(expected))
})

describe('hash routes', () => {
  it.each([
    ['#/', [], {}],
    ['#/doc/a%2Fb?event=e1', ['doc', 'a/b'], { event: 'e1' }],
    ['#/events?actor=RUS&recipient=KAZ', ['events'], { actor: 'RUS', recipient: 'KAZ' }],
  ] as const)('parses %s', (hash, parts, params) => {
    const r = currentRoute(hash)
    expect(r.parts).toEqual(parts)
    expect(Object.fromEntries(r.params)).toEqual(params)
  })

  it('builds links that parse back, dropping empty parameters', () => {
    const link = href(['doc', 'x/y'], { event: 'e 1', sentence: null, q: '' })
    expect(link).toBe('#/doc/x%2Fy?event=e+1')
    expect(currentRoute(link).parts).toEqual(['doc', 'x/y'])
  })
})
