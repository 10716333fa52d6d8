import { expect, test } from 'vitest'
import { outletKey } from './independence.js'

const cases: Array<[string, string, boolean]> = [
  ['Steppe Monitor', 'The Steppe Monitor', true],
  ['Caspian Wire', 'caspianwire.com', true],
  ['Steppe Monitor', 'https://www.steppemonitor.example/world/2024/09/story', true],
  ['Novosti.kz.net', 'novosti', true],
  ['Steppe Monitor', 'Caspian Wire', false],
  ['Eurasia Brief', 'Eurasia Brief Desk', false],
]
test.each(cases)('%s ~ %s → %s', (a, b, same) => {
  expect(outletKey(a) === outletKey(b)).toBe(same)
})
