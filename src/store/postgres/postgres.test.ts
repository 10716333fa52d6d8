import { randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { storeContract } from '../contract.js'
import { storeReadContract } from '../read-contract.js'
import { openPostgres } from './index.js'
import { testSchemaUrl, dropSchemas } from './test-database.js'

const base = process.env['TEST_DATABASE_URL']

if (base) {
  // Each open() gets a fresh schema, so every contract test starts from an empty store.
  const schemas: string[] = []
  storeContract('postgres', () => {
    const schema = `fw_test_${randomBytes(5).toString('hex')}`
    schemas.push(schema)
    return openPostgres(testSchemaUrl(base, schema))
  })
  afterAll(() => dropSchemas(base, schemas))
} else {
  describe('store contract: postgres', () => {
    it.skip('all tests (skipped: set TEST_DATABASE_URL=postgres://… to run them; .ci/run does)', () => {})
  })
}

describe.runIf(base)('postgres specifics', () => {
  const schemas: string[] = []
  const fresh = () => {
    const schema = `fw_test_${randomBytes(5).toString('hex')}`
    schemas.push(schema)
    return openPostgres(testSchemaUrl(base ?? '', schema))
  }
  afterAll(() => dropSchemas(base ?? '', schemas))

  it('full-text search ignores accents and case', async () => {
    const store = await fresh()
    const doc = sampleDoc(1, { text: 'President Tokáyev met the Élysée delegation in Astana.' })
    await store.saveDoc(doc)
    expect((await store.listDocs({ q: 'tokayev elysee' })).map((d) => d.id)).toEqual(['doc1'])
    expect(await store.listDocs({ q: 'tokayev paris' })).toEqual([])
    await store.close()
  })

  it('stores a document once when two connections save it at the same time', async () => {
    await (await fresh()).close()
    const url = testSchemaUrl(base ?? '', schemas[schemas.length - 1] ?? '')
    const stores = await Promise.all([openPostgres(url), openPostgres(url), openPostgres(url)])
    const results = await Promise.all(stores.map((s) => s.saveDoc(sampleDoc(7))))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await stores[0]?.counts()).toMatchObject({ documents: 1, events: 1 })
    await Promise.all(stores.map((s) => s.close()))
  })

  it('merges aliases of concurrent entity upserts instead of losing one', async () => {
    const store = await fresh()
    const kaz = {
      id: 'KAZ',
      type: 'COUNTRY' as const,
      name: 'Kazakhstan',
      aliases: ['Kazakhstan'],
      country: 'KAZ',
      sector: null,
      role: null,
    }
    await Promise.all([
      store.upsertEntities([{ ...kaz, aliases: ['Kazakhstan', 'Qazaqstan'] }]),
      store.upsertEntities([{ ...kaz, aliases: ['Kazakhstan', 'Astana'], country: null }]),
    ])
    const e = await store.getEntity('KAZ')
    expect([...(e?.aliases ?? [])].sort()).toEqual(['Astana', 'Kazakhstan', 'Qazaqstan'])
    expect(e?.country).toBe('KAZ')
    await store.close()
  })
})

describe.runIf(base)('postgres read paths', () => {
  const schemas: string[] = []
  storeReadContract('postgres', () => {
    const schema = `fw_test_${randomBytes(5).toString('hex')}`
    schemas.push(schema)
    return openPostgres(testSchemaUrl(base ?? '', schema))
  })
  afterAll(() => dropSchemas(base ?? '', schemas))
})
