import { describe, expect, it } from 'vitest'
import { loadGazetteer } from './gazetteer.js'

const gz = loadGazetteer()

describe('gazetteer', () => {
  const cases: Array<[string, string, string | null]> = [
    ['a city', 'Almaty', 'KAZ'],
    ['a capital', 'Jakarta', 'IDN'],
    ['a province (first-level subdivision)', 'Sindh', 'PAK'],
    ['a province in any case', 'ACEH', 'IDN'],
    ["a province over another town's alternate spelling", 'Borno', 'NGA'],
    ["a town's own name over a province's", 'Almaty', 'KAZ'],
    ['a multi-word state of a federation', 'Jawa Barat', 'IDN'],
    ['a hand-listed region keeps its own entry', 'Crimea', 'UKR'],
    ['a subdivision name shared by two states is left out', 'Punjab', null],
    ['an English word naming a subdivision is left out', 'Central', null],
  ]
  it.each(cases)('%s', (_label, name, country) => {
    expect(gz.lookup(name)?.country ?? null).toBe(country)
  })
})
