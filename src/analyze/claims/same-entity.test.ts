import { expect, test } from 'vitest'
import { sameEntity } from './same-entity.js'

const cases: Array<[string, string, boolean]> = [
  ['andrei-vorobyov', 'andrei-vorobyov', true],
  ['andrei-vorobyov', 'andrey-vorobev', true],
  ['kassym-jomart-tokayev', 'kasym-zhomart-tokaev', true],
  ['vorobev', 'andrei-vorobyov', true],
  ['sergei-lavrov', 'sergei-shoigu', false],
  ['ivan-petrov', 'pavel-petrov', false],
  ['vladimir-putin', 'vladimir-zelensky', false],
  ['ru', 'ro', false],
]
test.each(cases)('%s vs %s → %s', (a, b, expected) => {
  expect(sameEntity(a, b)).toBe(expected)
  expect(sameEntity(b, a)).toBe(expected)
})
