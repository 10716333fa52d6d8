import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectNoInternalError,
  expectReported,
  ingestBatch,
  storedText,
  tempDir,
  writeControl,
} from './ingest-batch.js'
import { startHostileServer, type HostileServer } from './hostile-server.js'

// Issue #9: URLs that hang, loop, fail or flood are reported by URL with a reason, within the
// timeout and size cap, while the rest of the batch is stored.
let server: HostileServer
beforeAll(async () => {
  server = await startHostileServer()
})
afterAll(async () => server.close())

// Short timeout and cap so that the hostile cases end fast; both are CLI flags.
const FLAGS = ['--allow-private', '--timeout', '1', '--max-bytes', '2000000']

const BAD: Array<[string, RegExp]> = [
  ['/hang', /within|time/i],
  ['/stall-body', /within|time|broke/i],
  ['/error/500', /500/],
  ['/error/404', /404/],
  ['/loop/a', /loop|redirect/i],
  ['/chain/0', /redirect/i],
  ['/huge-declared', /over the limit|too large|bytes/i],
  ['/huge-stream', /over the limit|too large|bytes/i],
  ['/image', /./],
  ['/reset', /./],
]

describe('ingest of hostile URLs on a loopback server', () => {
  it('reports every bad URL with its reason and stores the good page and file', async () => {
    const control = writeControl(tempDir())
    const good = `${server.base}/article/11`
    const bad = BAD.map(([p]) => `${server.base}${p}`)
    const res = await ingestBatch([control, ...bad, good], FLAGS)
    expectNoInternalError(res)
    expect(storedText(res, control)).toBeDefined()
    expect(storedText(res, good), res.err.join('\n')).toBeDefined()
    for (const [path, reason] of BAD) {
      const url = `${server.base}${path}`
      expectReported(res, url)
      const messages = res.reported.filter((r) => r.uri.startsWith(url)).map((r) => r.message)
      expect(messages.join(' '), url).toMatch(reason)
    }
    // Retries are bounded: a failing server is not hammered.
    const errors = server.hits.filter((h) => h === '/error/500').length
    expect(errors).toBeGreaterThanOrEqual(1)
    expect(errors).toBeLessThanOrEqual(5)
  })

  it('a server that lies about its charset is decoded or reported, not a crash', async () => {
    const control = writeControl(tempDir())
    const url = `${server.base}/lying-charset`
    const res = await ingestBatch([control, url], FLAGS)
    expectNoInternalError(res)
    expect(storedText(res, control)).toBeDefined()
    if (!storedText(res, url)) expectReported(res, url)
  })

  it('refuses a loopback URL without --allow-private and never contacts it', async () => {
    const control = writeControl(tempDir())
    const url = `${server.base}/article/4`
    const before = server.hits.length
    const res = await ingestBatch([control, url], ['--timeout', '1'])
    expect(storedText(res, control)).toBeDefined()
    expectReported(res, url)
    expect(res.reported.map((r) => r.code)).toEqual(['PRIVATE_ADDRESS'])
    expect(server.hits.length).toBe(before)
  })

  it('a feed whose item links fail: good items stored, each failing link reported', async () => {
    const feed = `${server.base}/feed.xml`
    const res = await ingestBatch([feed], FLAGS)
    expectNoInternalError(res)
    expect(storedText(res, `${server.base}/article/2`), res.err.join('\n')).toBeDefined()
    expect(storedText(res, `${server.base}/article/3`)).toBeDefined()
    for (const p of ['/error/500', '/hang', '/loop/a']) expectReported(res, `${server.base}${p}`)
    expect(res.texts.size).toBe(2)
  })
})
