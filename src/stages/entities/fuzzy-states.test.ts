import { describe, expect, it } from 'vitest'
import { FuzzyStates, oneEdit } from './fuzzy-states.js'
import type { StateRef } from './state-lexicon.js'

const ref = (id: string): StateRef => ({ id, type: 'COUNTRY', kind: 'name' })
const fuzzy = new FuzzyStates()
for (const [name, id] of [
  ['Qatar', 'QAT'],
  ['Ethiopia', 'ETH'],
  ['Ukrainian', 'UKR'],
  ['Austria', 'AUT'],
  ['Australia', 'AUS'],
  ['Iran', 'IRN'],
  ['Iraq', 'IRQ'],
  ['Malawi', 'MWI'],
  ['Malaysia', 'MYS'],
] as const)
  fuzzy.add(name, ref(id))

describe('FuzzyStates', () => {
  const cases: Array<[string, string, string | null]> = [
    ['a letter added', 'Quatar', 'QAT'],
    ['a letter dropped', 'Ethopia', 'ETH'],
    ['a letter dropped from a demonym', 'Ukranian', 'UKR'],
    ['two letters swapped', 'Ethoipia', 'ETH'],
    ['a letter replaced', 'Malawu', 'MWI'],
    ['the exact name is not a misspelling', 'Qatar', null],
    ['names under five letters are never guessed', 'Irak', null],
    ['two edits away', 'Quattar', null],
    ['unrelated word', 'Kazakh', null],
  ]
  it.each(cases)('%s: %s', (_label, word, id) => {
    expect(fuzzy.lookup(word)?.id ?? null).toBe(id)
  })

  it('matches nothing when one edit reaches two states', () => {
    const two = new FuzzyStates()
    two.add('Gabon', ref('GAB'))
    two.add('Gabin', ref('XXX'))
    expect(two.lookup('Gabun')).toBeNull()
  })
})

describe('oneEdit', () => {
  const cases: Array<[string, string, boolean]> = [
    ['qatar', 'quatar', true],
    ['ethiopia', 'ethopia', true],
    ['ethiopia', 'ethoipia', true],
    ['malawi', 'malawu', true],
    ['qatar', 'qatar', false],
    ['qatar', 'quattar', false],
    ['austria', 'australia', false],
  ]
  it.each(cases)('%s / %s', (a, b, expected) => {
    expect(oneEdit(a, b)).toBe(expected)
    expect(oneEdit(b, a)).toBe(expected)
  })
})
