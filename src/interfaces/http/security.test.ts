import { describe, expect, it } from 'vitest'
import { Hono } from 'hono'
import { openStore } from '../../store/store.js'
import { standardPipeline } from '../../presets.js'
import { createApp } from './app.js'
import { isLoopbackHost, isPrivateUrl, securityHeaders } from './security.js'

const post = (app: ReturnType<typeof createApp>, body: unknown, auth?: string) =>
  app.request('/api/ingest', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
    body: JSON.stringify(body),
  })

const ARTICLE = `Steppe Herald\n\nOfficials in Astana said on Tuesday that the new grain corridor to the Caspian ports would open in spring. ${'The ministry added that rail tariffs would stay where they are for the season, and that exporters had asked for more wagons. '.repeat(3)}`

describe('token', () => {
  it('requires the bearer token for writes and lets reads through on loopback', async () => {
    const store = await openStore(':memory:')
    const app = createApp({ store, pipeline: standardPipeline(), token: 's3cret' })
    expect((await post(app, { texts: [{ content: ARTICLE }] })).status).toBe(401)
    expect((await post(app, { texts: [{ content: ARTICLE }] }, 'Bearer wrong!')).status).toBe(401)
    const ok = await post(
      app,
      { texts: [{ name: 'grain.txt', content: ARTICLE }] },
      'Bearer s3cret',
    )
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ stored: 1, failed: [] })
    expect((await app.request('/api/documents')).status).toBe(200)
    await store.close()
  })

  it('requires the token for reads too when serving beyond loopback', async () => {
    const store = await openStore(':memory:')
    const app = createApp({ store, token: 's3cret', protectReads: true })
    const denied = await app.request('/api/documents')
    expect(denied.status).toBe(401)
    expect(await denied.json()).toMatchObject({ code: 'UNAUTHORIZED' })
    const res = await app.request('/api/documents', { headers: { Authorization: 'Bearer s3cret' } })
    expect(res.status).toBe(200)
    await store.close()
  })
})

describe('POST /api/ingest', () => {
  it.each([
    ['an empty body', {}, 'body'],
    ['a file: URL', { urls: ['file:///etc/passwd'] }, 'urls.0'],
    ['a path instead of a URL', { urls: ['/etc/passwd'] }, 'urls.0'],
    ['a file name with folders', { texts: [{ name: '../x.txt', content: 'x' }] }, 'texts.0.name'],
  ])('refuses %s with 400 naming the field', async (_label, body, field) => {
    const store = await openStore(':memory:')
    const res = await post(createApp({ store, pipeline: standardPipeline() }), body)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toContain(field)
    await store.close()
  })

  it('refuses private and loopback URLs and records why', async () => {
    const store = await openStore(':memory:')
    const app = createApp({ store, pipeline: standardPipeline() })
    const res = await post(app, { urls: ['http://127.0.0.1:9/x', 'http://192.168.1.10/admin'] })
    const summary = (await res.json()) as {
      stored: number
      failed: Array<{ code: string; message: string }>
    }
    expect(summary.stored).toBe(0)
    expect(summary.failed.map((f) => f.code)).toEqual(['PRIVATE_ADDRESS', 'PRIVATE_ADDRESS'])
    // No advice that only the command line can follow as if it applied to the API.
    for (const f of summary.failed) expect(f.message).toMatch(/server never fetches/)
    const status = (await (await app.request('/api/ingest/status')).json()) as {
      failures: Array<{ code: string }>
    }
    expect(status.failures.map((f) => f.code)).toContain('PRIVATE_ADDRESS')
    await store.close()
  })

  it('answers NOT_IMPLEMENTED without a pipeline', async () => {
    const store = await openStore(':memory:')
    expect((await post(createApp({ store }), { texts: [{ content: ARTICLE }] })).status).toBe(501)
    await store.close()
  })
})

describe('address checks', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.4.5.6', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['192.168.0.2', false],
    ['example.org', false],
  ])('isLoopbackHost(%s) is %s', (host, expected) => expect(isLoopbackHost(host)).toBe(expected))

  it.each([
    ['http://10.0.0.1/', true],
    ['http://172.20.1.1/', true],
    ['http://169.254.169.254/latest/meta-data', true],
    ['http://[::1]:8080/', true],
    ['http://[fd00::1]/', true],
    ['http://localhost/', true],
    ['http://printer.localhost/', true],
    ['https://news.example/a', false],
    ['http://172.32.0.1/', false],
  ])('isPrivateUrl(%s) is %s', (url, expected) => expect(isPrivateUrl(url)).toBe(expected))
})

describe('POST /api/ingest body', () => {
  it('answers 400 naming the body when it is not JSON', async () => {
    const store = await openStore(':memory:')
    const res = await createApp({ store, pipeline: standardPipeline() }).request('/api/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"urls": [',
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      code: 'BAD_REQUEST',
      message: 'Invalid body: expected a JSON object.',
    })
    await store.close()
  })

  it('answers 400 naming the body when it is over the size limit', async () => {
    const store = await openStore(':memory:')
    const app = createApp({ store, pipeline: standardPipeline(), maxBodyBytes: 1000 })
    const res = await post(app, { texts: [{ content: 'x'.repeat(5000) }] })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toContain('body')
    expect((await store.counts()).documents).toBe(0)
    await store.close()
  })
})

describe('security headers', () => {
  it('are on every kind of answer: lists, cached lists, errors, and responses built by hand', async () => {
    const store = await openStore(':memory:')
    const app = createApp({ store, token: 's3cret' })
    const own = new Hono()
    own.use('*', securityHeaders)
    own.get('/raw', () => new Response('plain', { headers: { 'X-Frame-Options': 'SAMEORIGIN' } }))
    const answers: Array<[string, () => Response | Promise<Response>]> = [
      ['list', () => app.request('/api/documents')],
      ['list again', () => app.request('/api/documents')],
      ['list from the cache', () => app.request('/api/documents')],
      ['unknown API route', () => app.request('/api/nothing-here')],
      ['bad query', () => app.request('/api/events?limit=0')],
      ['refused write', () => app.request('/api/ingest', { method: 'POST', body: '{}' })],
      ['unknown page', () => app.request('/nowhere')],
      ['handler-built Response', () => own.request('/raw')],
    ]
    for (const [label, answer] of answers) {
      const res = await answer()
      expect(res.headers.get('content-security-policy'), label).toContain("default-src 'self'")
      expect(res.headers.get('x-frame-options'), label).toBe('DENY')
      expect(res.headers.get('referrer-policy'), label).toBe('no-referrer')
    }
    await store.close()
  })
})
