import { describe, expect, it } from 'vitest'
import { sentenceProblems, spanProblems } from './span-checks.js'

// The checkers must catch what they claim to, or the property tests could never fail.
const s = (index: number, start: number, end: number, text: string, paragraph = 0) => ({
  index,
  span: { start, end },
  text,
  paragraph,
})

describe('spanProblems', () => {
  it.each([
    ['inside', { start: 0, end: 3 }, 0],
    ['empty at end', { start: 5, end: 5 }, 0],
    ['past the end', { start: 2, end: 6 }, 1],
    ['negative start', { start: -1, end: 2 }, 1],
    ['inverted', { start: 3, end: 2 }, 1],
    ['fractional', { start: 0.5, end: 2 }, 1],
  ])('%s', (_label, span, count) => {
    expect(spanProblems('x', span, 5)).toHaveLength(count)
  })
})

describe('sentenceProblems', () => {
  const text = 'One here. Two there.'
  it.each([
    ['a correct split', [s(0, 0, 9, 'One here.'), s(1, 10, 20, 'Two there.')], []],
    [
      'overlap',
      [s(0, 0, 12, 'One here. Tw'), s(1, 10, 20, 'Two there.')],
      ['sentence 1: starts before the previous one ends'],
    ],
    ['a dropped sentence', [s(0, 0, 9, 'One here.')], ['character 10 ("T") is in no sentence']],
    [
      'text not matching the span',
      [s(0, 0, 9, 'One here!'), s(1, 10, 20, 'Two there.')],
      ['sentence 0: text does not match its span'],
    ],
    [
      'wrong numbering and paragraph going back',
      [s(0, 0, 9, 'One here.', 1), s(2, 10, 20, 'Two there.', 0)],
      ['sentence 1: index 2', 'sentence 1: paragraph goes back'],
    ],
  ])('%s', (_label, sentences, expected) => {
    expect(sentenceProblems(text, sentences)).toEqual(expected)
  })
})
