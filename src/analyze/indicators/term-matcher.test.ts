import { expect, test } from 'vitest'
import { termMatcher } from './term-matcher.js'

const match = termMatcher(['artificial country', 'biolab*', 'gift', "kazakhstan's border", 'u.s.'])
const cases: Array<[string, string | null]> = [
  ['It called the republic an Artificial  Country.', 'Artificial  Country'],
  ['an artificial\u00a0country', 'artificial\u00a0country'],
  ['hosting foreign biolabs near Almaty', 'biolabs'],
  ['a gift from Moscow', 'gift'],
  ['gifted diplomats', null],
  ['a giftshop', null],
  ['troops near Kazakhstan’s border', 'Kazakhstan’s border'],
  ['funded by the U.S. embassy', 'U.S.'],
  ['nothing relevant here', null],
]
test.each(cases)('%s → %s', (text, expected) => {
  expect(match(text)).toBe(expected)
})
