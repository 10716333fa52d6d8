import { describe, expect, it } from 'vitest'
import { jsonLdArticle } from './json-ld.js'

const graph = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', '@id': 'https://x.example/a#page', name: 'Page name' },
    { '@type': 'Organization', '@id': 'https://x.example/#org', name: 'Steppe Wire' },
    { '@type': 'Person', '@id': 'https://x.example/#p1', name: 'Marat Ospanov' },
    {
      '@type': ['NewsArticle'],
      headline: 'Troops start leaving',
      datePublished: '2022-01-13T10:00:00+06:00',
      author: [{ '@id': 'https://x.example/#p1' }, { '@type': 'Person', name: 'Dana Omarova' }],
      publisher: { '@id': 'https://x.example/#org' },
      inLanguage: 'en-GB',
    },
  ],
})

describe('jsonLdArticle', () => {
  it('reads a NewsArticle inside @graph and resolves @id references', () => {
    expect(jsonLdArticle([graph])).toEqual({
      headline: 'Troops start leaving',
      datePublished: '2022-01-13T10:00:00+06:00',
      authors: ['Marat Ospanov', 'Dana Omarova'],
      publisher: 'Steppe Wire',
      language: 'en-GB',
      url: null,
      articleBody: null,
    })
  })

  const cases: Array<[string, string[], Partial<ReturnType<typeof jsonLdArticle>>]> = [
    [
      'a top-level array with a string author',
      [JSON.stringify([{ '@type': 'BlogPosting', headline: 'H', author: 'Anna Lee' }])],
      { authors: ['Anna Lee'] },
    ],
    [
      'a broken block next to a good one',
      [
        '{"@type": "NewsArticle", "headline": ',
        JSON.stringify({ '@type': 'Article', headline: 'Good' }),
      ],
      { headline: 'Good' },
    ],
    [
      'an HTML comment around the JSON',
      [`<!--${JSON.stringify({ '@type': 'ReportageNewsArticle', headline: 'C' })}-->`],
      { headline: 'C' },
    ],
  ]
  it.each(cases)('%s', (_label, scripts, expected) => {
    expect(jsonLdArticle(scripts)).toMatchObject(expected as object)
  })

  it('returns null when no article is described', () => {
    expect(jsonLdArticle([JSON.stringify({ '@type': 'Organization', name: 'X' })])).toBeNull()
  })
})
