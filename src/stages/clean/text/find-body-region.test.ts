import { describe, expect, it } from 'vitest'
import type { LineKind, PageLine } from './classify-line.js'
import { findBodyRegion } from './find-body-region.js'

const page = (spec: readonly [LineKind, number][]): PageLine[] =>
  spec.map(([kind, chars]) => ({
    text: 'x'.repeat(chars),
    kind,
    caps: false,
    names: [],
    crumbTail: null,
  }))

describe('findBodyRegion', () => {
  it.each<[string, [LineKind, number][], { start: number; end: number } | null]>([
    [
      'no prose',
      [
        ['nav', 20],
        ['heading', 30],
      ],
      null,
    ],
    [
      'body between header and footer',
      [
        ['nav', 30],
        ['heading', 60],
        ['prose', 300],
        ['heading', 20],
        ['prose', 250],
        ['prompt', 20],
        ['link', 40],
      ],
      { start: 2, end: 5 },
    ],
    [
      'a share bar inside the body is crossed',
      [
        ['prose', 300],
        ['prompt', 30],
        ['prose', 300],
      ],
      { start: 0, end: 3 },
    ],
    [
      'a comment section is never crossed',
      [
        ['prose', 300],
        ['end', 15],
        ['prose', 200],
      ],
      { start: 0, end: 1 },
    ],
    [
      'a short bio after teasers stays out',
      [
        ['prose', 400],
        ['prompt', 10],
        ['link', 40],
        ['link', 40],
        ['prose', 120],
      ],
      { start: 0, end: 1 },
    ],
  ])('%s', (_label, spec, expected) => {
    expect(findBodyRegion(page(spec))).toEqual(expected)
  })
})
