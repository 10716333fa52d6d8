import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { openSqlite } from '../../store/sqlite/index.js'
import { createApp } from './app.js'
import { responseCache } from './response-cache.js'

/** A tiny app whose handler counts its runs, behind the cache, with a version we control. */
function counted(options: { maxBytes?: number } = {}) {
  let version = 'v1'
  let runs = 0
  const app = new Hono()
  app.use('*', responseCache({ version: () => Promise.resolve(version), ...options }))
  app.get('/json', (c) => c.json({ run: ++runs, q: c.req.query('q') ?? null }))
  app.get('/big', (c) => c.json({ run: ++runs, pad: 'x'.repeat(2000) }))
  app.get('/missing', (c) => c.json({ run: ++runs }, 404))
  app.get('/text', (c) => c.text(`run ${++runs}`))
  app.post('/json', (c) => c.json({ run: ++runs }))
  const body = async (path: string, method = 'GET') => (await app.request(path, { method })).text()
  return { body, runs: () => runs, bump: () => (version = `v${Number(version.slice(1)) + 1}`) }
}

describe('responseCache', () => {
  it('keeps an answer from the second time its URL is asked until the data version changes', async () => {
    const t = counted()
    await t.body('/json?q=a') // first time: answered, only remembered
    const kept = await t.body('/json?q=a') // second time: answered and kept
    expect(await t.body('/json?q=a')).toBe(kept)
    expect(await t.body('/json?q=a')).toBe(kept)
    expect(t.runs()).toBe(2)
    expect(await t.body('/json?q=b')).not.toBe(kept) // another query string is another entry
    expect(t.runs()).toBe(3)
    t.bump()
    expect(JSON.parse(await t.body('/json?q=a'))).toEqual({ run: 4, q: 'a' })
    expect(JSON.parse(await t.body('/json?q=a'))).toEqual({ run: 5, q: 'a' })
    expect(JSON.parse(await t.body('/json?q=a'))).toEqual({ run: 5, q: 'a' })
  })

  it('keeps only successful JSON answers to GET', async () => {
    const t = counted()
    for (const path of ['/missing', '/text']) for (let i = 0; i < 3; i++) await t.body(path)
    for (let i = 0; i < 3; i++) await t.body('/json', 'POST')
    expect(t.runs()).toBe(9)
  })

  it('drops the least recently used answers beyond its byte budget', async () => {
    const t = counted({ maxBytes: 5000 })
    const twice = async (path: string) => {
      await t.body(path)
      await t.body(path)
    }
    await twice('/big?n=1')
    await twice('/big?n=2')
    await t.body('/big?n=1') // hit: n=1 becomes the most recently used
    await twice('/big?n=3') // over budget: n=2 goes
    expect(t.runs()).toBe(6)
    await t.body('/big?n=1')
    expect(t.runs()).toBe(6)
    await t.body('/big?n=2')
    expect(t.runs()).toBe(7)
  })
})

describe('response cache in the app', () => {
  it('serves fresh lists after a write to the store, with the security headers', async () => {
    const store = await openSqlite(':memory:')
    const app = createApp({ store })
    await store.saveDoc(sampleDoc(1))
    const list = async () => {
      const res = await app.request('/api/documents')
      const ids = ((await res.json()) as { items: Array<{ id: string }> }).items.map((d) => d.id)
      return {
        ids,
        cache: res.headers.get('x-cache'),
        csp: res.headers.get('content-security-policy'),
      }
    }
    expect(await list()).toMatchObject({ ids: ['doc1'], cache: null })
    expect(await list()).toMatchObject({ ids: ['doc1'], cache: null })
    const hit = await list()
    expect(hit).toMatchObject({ ids: ['doc1'], cache: 'hit' })
    expect(hit.csp).toContain("default-src 'self'")
    await store.saveDoc(sampleDoc(2))
    expect(await list()).toMatchObject({ ids: ['doc1', 'doc2'], cache: null })
    const off = createApp({ store, cacheResponses: false })
    await off.request('/api/documents')
    await off.request('/api/documents')
    expect((await off.request('/api/documents')).headers.get('x-cache')).toBeNull()
    await store.close()
  })
})
