import { describe, expect, it } from 'vitest'
import { cleanAuthors } from './clean-authors.js'

describe('cleanAuthors', () => {
  const cases: Array<[string, string[], string | null, string[]]> = [
    [
      '"By" and "and"',
      ['By Aigerim Sadykova and Marat Ospanov'],
      null,
      ['Aigerim Sadykova', 'Marat Ospanov'],
    ],
    [
      'commas and ampersand',
      ['Lena Hartwig, Tom Ferrars & Dana Omarova'],
      null,
      ['Lena Hartwig', 'Tom Ferrars', 'Dana Omarova'],
    ],
    ['"Analysis by" prefix', ['Analysis by Olga Brenner'], null, ['Olga Brenner']],
    [
      'profile URLs and e-mail dropped',
      ['https://caspianwire.example/staff/lena', 'desk@caspianwire.example', 'Lena Hartwig'],
      null,
      ['Lena Hartwig'],
    ],
    ['duplicates across sources', ['Saule Temirbek', 'saule temirbek'], null, ['Saule Temirbek']],
    [
      'job title after a separator',
      ['Tom Ferrars | Security correspondent'],
      null,
      ['Tom Ferrars'],
    ],
    [
      'the publisher itself is not an author',
      ['Caspian Wire', 'Caspian Wire Business', 'Lena Hartwig'],
      'Caspian Wire',
      ['Lena Hartwig'],
    ],
    ['role words are not names', ['Jill Park', 'CNN Editor-at-large'], 'CNN', ['Jill Park']],
    ['Cyrillic "и"', ['Анна Петрова и Ерлан Ахметов'], null, ['Анна Петрова', 'Ерлан Ахметов']],
  ]
  it.each(cases)('%s', (_label, raw, publisher, expected) => {
    expect(cleanAuthors(raw, publisher)).toEqual(expected)
  })
})
