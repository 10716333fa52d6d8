import { describe, expect, it } from 'vitest'
import type { LineKind, PageLine } from './classify-line.js'
import { findBodyRuns, type LineRange } from './find-body-runs.js'

const page = (spec: readonly [LineKind, number][]): PageLine[] =>
  spec.map(([kind, chars]) => ({
    text: 'x'.repeat(chars),
    kind,
    caps: false,
    names: [],
    crumbTail: null,
  }))

describe('findBodyRuns', () => {
  it.each<[string, [LineKind, number][], LineRange[]]>([
    [
      'no prose',
      [
        ['nav', 20],
        ['heading', 30],
      ],
      [],
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
      [{ start: 2, end: 5 }],
    ],
    [
      'a share bar inside the body is crossed',
      [
        ['prose', 300],
        ['prompt', 30],
        ['prose', 300],
      ],
      [{ start: 0, end: 3 }],
    ],
    [
      'a comment section is never crossed',
      [
        ['prose', 300],
        ['end', 15],
        ['prose', 200],
      ],
      [{ start: 0, end: 1 }],
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
      [{ start: 0, end: 1 }],
    ],
    [
      'a body split by a long block of furniture keeps both halves',
      [
        ['prose', 500],
        ['caption', 9],
        ['prompt', 9],
        ['link', 9],
        ['link', 9],
        ['link', 9],
        ['link', 9],
        ['link', 9],
        ['prose', 450],
      ],
      [
        { start: 0, end: 1 },
        { start: 8, end: 9 },
      ],
    ],
    [
      'a tail that does not pay for its gap is its own run',
      [
        ['prose', 600],
        ['prompt', 9],
        ['prompt', 9],
        ['prompt', 9],
        ['prompt', 9],
        ['prompt', 9],
        ['prose', 300],
        ['end', 9],
      ],
      [
        { start: 0, end: 1 },
        { start: 6, end: 7 },
      ],
    ],
    [
      'a short line after a closing credit is cut from the run',
      [
        ['prose', 400],
        ['byline', 30],
        ['prose', 60],
      ],
      [{ start: 0, end: 1 }],
    ],
    [
      'a short last paragraph after a prompt stays',
      [
        ['prose', 400],
        ['link', 30],
        ['prose', 90],
      ],
      [{ start: 0, end: 3 }],
    ],
  ])('%s', (_label, spec, expected) => {
    expect(findBodyRuns(page(spec))).toEqual(expected)
  })
})
