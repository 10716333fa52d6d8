import { describe, expect, it } from 'vitest'
import { pageLexicon } from './page-lexicon.js'
import { dateFinder } from './parse-date.js'

const dates = dateFinder(pageLexicon().months)

describe('dateFinder.find', () => {
  it.each([
    ['US slash, ambiguous: month first', '4/9/2023', '2023-04-09'],
    ['slash, day above 12', '25/3/2023', '2023-03-25'],
    ['slash, second part above 12', '3/25/2023', '2023-03-25'],
    ['dots are day first', '05.10.2022', '2022-10-05'],
    ['ISO', '2021-12-31', '2021-12-31'],
    ['ISO with time', '2021-12-31T08:00:00Z', '2021-12-31'],
    ['year first slash', '2020/02/29', '2020-02-29'],
    ['day month year', '22 September 2024', '2024-09-22'],
    ['ordinal day of month', '3rd of May 2021', '2021-05-03'],
    ['dashed with month name', '22-Sep-2024', '2024-09-22'],
    ['weekday, day month, year', 'Sunday, 22 September, 2024', '2024-09-22'],
    ['month day, year', 'September 22, 2024', '2024-09-22'],
    ['abbreviated month with dot', 'Sept. 9, 2019', '2019-09-09'],
    ['two-digit year', '7/1/22', '2022-07-01'],
    ['labelled', 'Published: 14 Feb 2023 | 11:05', '2023-02-14'],
  ])('%s: %s', (_label, input, iso) => {
    expect(dates.find(input)?.iso).toBe(iso)
  })

  it.each([
    ['impossible day', '31/31/2023'],
    ['not a leap year', '29 February 2023'],
    ['month and year only', 'August 2014'],
    ['a time', '10:31'],
    ['a relative date', '3 hours ago'],
  ])('%s: %s → null', (_label, input) => {
    expect(dates.find(input)).toBeNull()
  })
})

describe('dateFinder.isDateLine', () => {
  it.each([
    ['bare date', '9/14/2023', true],
    ['weekday, time and zone', 'Tue 12 Mar 2024 14.05 GMT', true],
    ['published stamp with views', 'Published: 01.02.2023 | 09:15   Views: 1 204', true],
    ['date label and weekday', 'Saturday, June 3, 2023', true],
    ['a sentence that holds a date', 'On 19 September 2023 the army began an offensive.', false],
    ['a long line', `${'word '.repeat(30)}2023-01-01`, false],
  ])('%s', (_label, input, expected) => {
    expect(dates.isDateLine(input)).toBe(expected)
  })
})
