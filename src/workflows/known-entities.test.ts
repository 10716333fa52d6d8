import { afterEach, describe, expect, it } from 'vitest'
import type { Entity } from '../core/model.js'
import { openStore, type Store } from '../store/store.js'
import { loadAllEntities } from './known-entities.js'

let store: Store | undefined
afterEach(async () => store?.close())

const person = (n: number): Entity => ({
  id: `person-${String(n).padStart(5, '0')}`,
  type: 'PERSON',
  name: `Person ${n}`,
  aliases: [`Person ${n}`],
  country: n % 2 ? 'KAZ' : null,
  sector: null,
  role: null,
})

describe('loadAllEntities', () => {
  it('reads every entity, past the largest page a store returns', async () => {
    store = await openStore(':memory:')
    const all = Array.from({ length: 12_345 }, (_, i) => person(i))
    await store.upsertEntities(all)
    const got = await loadAllEntities(store)
    expect(got).toHaveLength(all.length)
    expect(new Set(got.map((e) => e.id)).size).toBe(all.length)
    expect(got.find((e) => e.id === 'person-12344')).toEqual(person(12_344))
  })
})
