import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAppError } from '../core/errors.js'
import { startLoopbackServer, type LoopbackServer } from '../../test/helpers/loopback-server.js'
import { fetchUrl, USER_AGENT } from './http.js'
import { readSources } from './read-sources.js'
import type { SourceItem } from './raw-article.js'

const PAGE =
  '<!doctype html><html lang="en"><head><title>Referendum result | Plains Courier</title>' +
  '<meta property="og:site_name" content="Plains Courier"></head><body><article>' +
  '<p>Voters in Kazakhstan approved changes to the constitution in the referendum of 5 June 2022, the election commission said the next morning, with turnout a little under seventy percent.</p>' +
  '<p>The amendments trim the powers of the presidency and restore a constitutional court, which the country had not had since the mid-1990s, according to the published text.</p>' +
  '</article></body></html>'

const CYRILLIC_TEXT =
  'Жители Казахстана проголосовали на референдуме 5 июня 2022 года за поправки к конституции, сообщила избирательная комиссия на следующее утро.'
const cp1251 = (charsetInMetaOnly: boolean): Buffer =>
  iconv.encode(
    `<html><head>${charsetInMetaOnly ? '<meta charset="windows-1251">' : ''}<title>Референдум</title></head>` +
      `<body><article><p>${CYRILLIC_TEXT}</p><p>${CYRILLIC_TEXT}</p></article></body></html>`,
    'windows-1251',
  )

let server: LoopbackServer
let flaky = 0
beforeAll(async () => {
  server = await startLoopbackServer({
    '/page': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    '/r1': (_q, r) => r.writeHead(302, { location: '/r2' }).end(),
    '/r2': (_q, r) => r.writeHead(301, { location: '/page' }).end(),
    '/loop-a': (_q, r) => r.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_q, r) => r.writeHead(302, { location: '/loop-a' }).end(),
    '/hang': () => undefined,
    '/big-declared': (_q, r) =>
      r.writeHead(200, { 'content-length': String(3_000_000) }).end('x'.repeat(3_000_000)),
    '/big-chunked': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/plain' })
      for (let i = 0; i < 30; i++) r.write('y'.repeat(100_000))
      r.end()
    },
    '/flaky': (_q, r) => {
      flaky++
      if (flaky < 3) r.writeHead(500).end('try again')
      else r.writeHead(200, { 'content-type': 'text/html' }).end(PAGE)
    },
    '/always-500': (_q, r) => r.writeHead(503).end('down'),
    '/gone': (_q, r) => r.writeHead(404).end('no'),
    '/cp1251-header': (_q, r) =>
      r.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(cp1251(false)),
    '/cp1251-meta': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(cp1251(true)),
    '/to-private-ip': (_q, r) => r.writeHead(302, { location: 'http://10.0.0.8/x' }).end(),
    '/to-localhost': (q, r) =>
      r.writeHead(302, { location: `http://localhost:${String(q.socket.localPort)}/page` }).end(),
  })
})
afterAll(async () => server.close())

const fast = { allowPrivate: true, backoffMs: 5, timeoutMs: 2000 } as const

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message }
    throw e
  }
  throw new Error('expected a failure')
}

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('fetchUrl over a loopback server', () => {
  it('fetches a page and sends the forewarn User-Agent', async () => {
    const got = await fetchUrl(`${server.base}/page`, fast)
    expect(Buffer.from(got.bytes).toString('utf8')).toContain('constitutional court')
    expect(got.contentType).toMatch(/text\/html/)
    expect(server.agents.at(-1)).toBe(USER_AGENT)
    expect(USER_AGENT).toMatch(
      /^forewarn\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/forewarn\/forewarn\)$/,
    )
  })

  it('follows redirects and reports the final URL', async () => {
    const got = await fetchUrl(`${server.base}/r1`, fast)
    expect(got.url).toBe(`${server.base}/page`)
  })

  it('stops at the redirect limit', async () => {
    const f = await failure(fetchUrl(`${server.base}/r1`, { ...fast, maxRedirects: 1 }))
    expect(f.code).toBe('SOURCE_UNREACHABLE')
    expect(f.message).toMatch(/more than 1 redirects/)
  })

  it('detects a redirect loop', async () => {
    const f = await failure(fetchUrl(`${server.base}/loop-a`, fast))
    expect(f.code).toBe('SOURCE_UNREACHABLE')
    expect(f.message).toContain('redirect loop')
    expect(f.message).toContain('/loop-a')
  })

  it('gives up on a server that hangs, after its retries', async () => {
    const started = Date.now()
    const f = await failure(
      fetchUrl(`${server.base}/hang`, { ...fast, timeoutMs: 300, retries: 1 }),
    )
    expect(f.code).toBe('SOURCE_UNREACHABLE')
    expect(f.message).toMatch(/no answer within 300 ms/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it.each([
    ['declared length', '/big-declared'],
    ['chunked body', '/big-chunked'],
  ])('refuses an oversize body (%s)', async (_label, path) => {
    const f = await failure(fetchUrl(`${server.base}${path}`, { ...fast, maxBytes: 1_000_000 }))
    expect(f.code).toBe('TOO_LARGE')
    expect(f.message).toContain(path)
  })

  it('retries a 500 with backoff and then succeeds', async () => {
    flaky = 0
    const got = await fetchUrl(`${server.base}/flaky`, { ...fast, retries: 3 })
    expect(got.status).toBe(200)
    expect(server.hits.get('/flaky')).toBe(3)
  })

  it('bounds the retries and names the last status', async () => {
    const f = await failure(fetchUrl(`${server.base}/always-500`, { ...fast, retries: 2 }))
    expect(f.message).toMatch(/answered 503/)
    expect(server.hits.get('/always-500')).toBe(3)
  })

  it('does not retry a 404', async () => {
    const f = await failure(fetchUrl(`${server.base}/gone`, { ...fast, retries: 3 }))
    expect(f.message).toMatch(/answered 404/)
    expect(server.hits.get('/gone')).toBe(1)
  })
})

describe('private addresses', () => {
  it('refuses a loopback URL without allowPrivate', async () => {
    const before = server.hits.get('/page') ?? 0
    const f = await failure(fetchUrl(`${server.base}/page`, { retries: 0 }))
    expect(f.code).toBe('PRIVATE_ADDRESS')
    expect(f.message).toContain('127.0.0.1')
    expect(f.message).toContain('--allow-private')
    expect(server.hits.get('/page') ?? 0).toBe(before)
  })

  it('refuses a host name that resolves to loopback (checked at connect time)', async () => {
    const port = new URL(server.base).port
    const f = await failure(fetchUrl(`http://localhost:${port}/page`, { retries: 0 }))
    expect(f.code).toBe('PRIVATE_ADDRESS')
  })

  it('refuses an IPv6 loopback literal', async () => {
    const f = await failure(fetchUrl('http://[::1]:9/page', { retries: 0 }))
    expect(f.code).toBe('PRIVATE_ADDRESS')
    expect(f.message).toContain('::1')
  })

  it('checks every redirect hop, not only the first URL', async () => {
    // The first hop is trusted by name; the redirect to a private address must still be refused.
    const trustFirst = { ...fast, allowPrivate: false, allowHosts: ['127.0.0.1'], retries: 0 }
    const before = server.hits.get('/page') ?? 0
    const f = await failure(fetchUrl(`${server.base}/to-private-ip`, trustFirst))
    expect(f.code).toBe('PRIVATE_ADDRESS')
    expect(f.message).toContain('10.0.0.8')
    const g = await failure(fetchUrl(`${server.base}/to-localhost`, trustFirst))
    expect(g.code).toBe('PRIVATE_ADDRESS')
    expect(server.hits.get('/page') ?? 0).toBe(before)
  })
})

describe('readSources with URLs', () => {
  it.each([
    ['charset in the HTTP header', '/cp1251-header'],
    ['charset only in <meta>', '/cp1251-meta'],
  ])('decodes a windows-1251 page (%s)', async (_label, path) => {
    const [item] = await collect(readSources([`${server.base}${path}`], fast))
    expect(item?.ok).toBe(true)
    if (item?.ok) {
      expect(item.article.kind).toBe('html')
      expect(item.article.content).toContain('Жители Казахстана проголосовали')
    }
  })

  it('reports each failing URL by name and goes on with the batch', async () => {
    const items = await collect(
      readSources([`${server.base}/gone`, `${server.base}/page`, `${server.base}/loop-a`], fast),
    )
    expect(items.map((i) => i.ok)).toEqual([false, true, false])
    const bad = items.filter((i) => !i.ok)
    expect(bad.map((i) => (i.ok ? '' : i.error.message)).join('\n')).toContain(
      `${server.base}/gone`,
    )
  })
})
