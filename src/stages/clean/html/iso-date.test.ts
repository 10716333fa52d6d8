import { describe, expect, it } from 'vitest'
import { isoDate } from './iso-date.js'

describe('isoDate', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['ISO timestamp keeps its own calendar date', '2024-03-01T01:00:00+06:00', '2024-03-01'],
    ['ISO date', '2022-01-13', '2022-01-13'],
    ['slashes', '2019/11/18', '2019-11-18'],
    ['compact', '20191118', '2019-11-18'],
    ['day month year', '4 March 2024', '2024-03-04'],
    ['ordinal and "of"', '20th of November 2019', '2019-11-20'],
    ['month day, year with abbreviation', 'Published Nov. 19, 2019 8:21 am ET', '2019-11-19'],
    ['RFC 822 (RSS pubDate)', 'Thu, 28 Nov 2024 21:45:00 +0500', '2024-11-28'],
    ['dotted European', '05.10.2022', '2022-10-05'],
    ['Unix seconds', '1700000000', '2023-11-14'],
    ['impossible day', '2023-02-30', null],
    ['no date at all', 'sometime last week, probably', null],
    ['empty', '', null],
    ['null', null, null],
  ]
  it.each(cases)('%s', (_label, input, expected) => {
    expect(isoDate(input)).toBe(expected)
  })
})
