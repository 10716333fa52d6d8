import { describe, expect, it } from 'vitest'
import type { Entity } from '../../core/model.js'
import { EntityRegistry } from './registry.js'

const person = (
  id: string,
  name: string,
  country: string | null = null,
  aliases: string[] = [],
): Entity => ({
  id,
  type: 'PERSON',
  name,
  aliases: [name, ...aliases],
  country,
  sector: null,
  role: null,
})

describe('EntityRegistry', () => {
  it('joins transliteration variants of one person across documents, Cyrillic included', () => {
    const reg = new EntityRegistry()
    const a = reg.add([person('oleg-vorobyov', 'Oleg Vorobyov', 'RUS', ['General Vorobyov'])])
    const b = reg.add([person('oleg-vorobev', 'Oleg Vorobev', 'RUS')])
    const c = reg.add([person('олег-воробьёв', 'Олег Воробьёв')])
    const d = reg.add([person('vorobiev', 'Vorobiev')])
    const ids = [a, b, c, d].map((m) => [...m.values()][0]?.id)
    expect(ids).toEqual(['oleg-vorobyov', 'oleg-vorobyov', 'oleg-vorobyov', 'oleg-vorobyov'])
    const all = reg.all()
    expect(all).toHaveLength(1)
    expect(all[0]?.aliases).toEqual(
      expect.arrayContaining([
        'Oleg Vorobyov',
        'General Vorobyov',
        'Oleg Vorobev',
        'Олег Воробьёв',
        'Vorobiev',
      ]),
    )
  })

  it('keeps two people who share a surname apart', () => {
    const reg = new EntityRegistry()
    reg.add([person('oleg-vorobyov', 'Oleg Vorobyov', 'RUS')])
    const m = reg.add([person('timur-vorobyov', 'Timur Vorobyov', 'RUS')])
    expect(m.get('timur-vorobyov')?.id).toBe('timur-vorobyov')
    expect(reg.all().map((e) => e.id)).toEqual(['oleg-vorobyov', 'timur-vorobyov'])
  })

  it('joins a bare surname only when exactly one person fits', () => {
    const reg = new EntityRegistry()
    reg.add([
      person('oleg-vorobyov', 'Oleg Vorobyov', 'RUS'),
      person('timur-vorobyov', 'Timur Vorobyov', 'KAZ'),
    ])
    const ambiguous = reg.add([person('vorobyov', 'Vorobyov')])
    expect(ambiguous.get('vorobyov')?.id).toBe('vorobyov')
    const byState = reg.add([person('vorobev', 'Vorobev', 'KAZ')])
    expect(byState.get('vorobev')?.id).toBe('timur-vorobyov')
  })

  it('does not join people of different states', () => {
    const reg = new EntityRegistry()
    reg.add([person('oleg-vorobyov', 'Oleg Vorobyov', 'RUS')])
    const m = reg.add([person('oleg-vorobev', 'Oleg Vorobev', 'UKR')])
    expect(m.get('oleg-vorobev')?.id).toBe('oleg-vorobev')
  })

  it('keeps ids stable when reopened from stored entities, and joins states by code', () => {
    const first = new EntityRegistry()
    first.add([
      person('yerlan-zhaksybekov', 'Yerlan Zhaksybekov', 'KAZ'),
      {
        id: 'KAZ',
        type: 'COUNTRY',
        name: 'Kazakhstan',
        aliases: ['Kazakh'],
        country: 'KAZ',
        sector: null,
        role: null,
      },
    ])
    const reopened = new EntityRegistry(first.all())
    const m = reopened.add([
      person('erlan-jaksybekov', 'Erlan Jaksybekov'),
      {
        id: 'KAZ',
        type: 'COUNTRY',
        name: 'Kazakhstan',
        aliases: ['Astana'],
        country: 'KAZ',
        sector: null,
        role: null,
      },
    ])
    expect(m.get('erlan-jaksybekov')?.id).toBe('yerlan-zhaksybekov')
    expect(m.get('KAZ')?.aliases).toEqual(['Kazakh', 'Astana'])
  })

  it('joins organisations by full name, not by a shared short acronym', () => {
    const org = (id: string, name: string, aliases: string[]): Entity => ({
      id,
      type: 'ORG',
      name,
      aliases,
      country: null,
      sector: 'BUS',
      role: null,
    })
    const reg = new EntityRegistry()
    reg.add([org('steppe-grain-company', 'Steppe Grain Company', ['Steppe Grain Company', 'SGC'])])
    const same = reg.add([
      org('the-steppe-grain-company', 'The Steppe Grain Company', ['The Steppe Grain Company']),
    ])
    const other = reg.add([
      org('silk-gate-council', 'Silk Gate Council', ['Silk Gate Council', 'SGC']),
    ])
    expect(same.get('the-steppe-grain-company')?.id).toBe('steppe-grain-company')
    expect(other.get('silk-gate-council')?.id).toBe('silk-gate-council')
  })

  it('returns the corpus entity itself when a document adds nothing to it, else a new record', () => {
    const reg = new EntityRegistry()
    const first = reg.add([person('dana-omarova', 'Dana Omarova', 'KAZ', ['Ms Omarova'])])
    const corpus = first.get('dana-omarova')
    const cases: Array<[string, Entity, boolean]> = [
      ['same name, aliases already known', person('d-omarova', 'Dana Omarova', 'KAZ'), true],
      [
        'no state, aliases already known',
        person('d-o', 'Dana Omarova', null, ['Ms Omarova']),
        true,
      ],
      ['a new alias', person('dana-omarova-2', 'Dana Omarova', null, ['Minister Omarova']), false],
    ]
    for (const [label, entity, same] of cases) {
      const before = reg.all().find((e) => e.id === 'dana-omarova')
      const joined = reg.add([entity]).get(entity.id)
      expect(joined?.id, label).toBe('dana-omarova')
      expect(joined === before, label).toBe(same)
    }
    expect(corpus?.aliases).toEqual(['Dana Omarova', 'Ms Omarova'])
    expect(reg.all()[0]?.aliases).toEqual(['Dana Omarova', 'Ms Omarova', 'Minister Omarova'])
  })
})

describe('EntityRegistry ids', () => {
  it('numbers people kept apart under one name in order, skipping ids already taken', () => {
    const reg = new EntityRegistry([person('ivan-petrov-3', 'Ivan Petrov', 'KAZ')])
    const ids = ['RUS', 'UKR', 'BLR', 'GEO', 'ARM'].map(
      (country) => [...reg.add([person('x', 'Ivan Petrov', country)]).values()][0]?.id,
    )
    expect(ids).toEqual([
      'ivan-petrov',
      'ivan-petrov-2',
      'ivan-petrov-4',
      'ivan-petrov-5',
      'ivan-petrov-6',
    ])
  })
})
