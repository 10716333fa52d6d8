import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { pager } from './pager.js'

beforeAll(() => {
  // The dashboard builds elements with `document`; linkedom stands in for the browser here.
  globalThis.document = parseHTML('<!doctype html><html><body></body></html>')
    .document as unknown as Document
})

const links = (el: HTMLElement): Array<[string, string | null]> =>
  Array.from(el.querySelectorAll('a')).map((a) => [a.textContent ?? '', a.getAttribute('href')])

describe('pager', () => {
  it.each([
    ['first page with more', 0, true, [['Next →', '#/quotes?speaker=putin&offset=100']]],
    [
      'middle page',
      100,
      true,
      [
        ['← Previous', '#/quotes?speaker=putin'],
        ['Next →', '#/quotes?speaker=putin&offset=200'],
      ],
    ],
    ['last page', 200, false, [['← Previous', '#/quotes?speaker=putin&offset=100']]],
    ['single page', 0, false, []],
  ] as const)('%s', (_label, offset, hasMore, expected) => {
    const el = pager({
      page: ['quotes'],
      params: { q: '', speaker: 'putin' },
      offset,
      size: 100,
      hasMore,
    })
    expect(links(el)).toEqual(expected)
  })
})
