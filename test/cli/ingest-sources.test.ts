import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js'

const PAGE =
  '<!doctype html><html lang="en"><head><title>Ferry line adds a ship | Caspian Ledger</title>' +
  '<meta property="og:site_name" content="Caspian Ledger"></head><body><article>' +
  '<p>A second ferry began sailing between Aktau and Baku this week, the operator said, doubling the number of crossings on a route that lorry drivers now prefer to the long road around the sea.</p>' +
  '<p>Port officials in Aktau said the terminal would stay open at night from June, and that queues of two or three days had been common in April before the second ship arrived.</p>' +
  '</article></body></html>'

let server: LoopbackServer
beforeAll(async () => {
  server = await startLoopbackServer({
    '/ferry': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  })
})
afterAll(async () => server.close())

const db = (): string => join(mkdtempSync(join(tmpdir(), 'fw-cli-src-')), 'store.db')

describe('forewarn ingest <url>', () => {
  it('refuses a loopback URL without --allow-private, naming the URL and the flag', async () => {
    const res = await runCli(['ingest', `${server.base}/ferry`, '--db', db(), '--json'])
    expect(res.code).toBe(2)
    expect(res.err.join('\n')).toContain(`${server.base}/ferry`)
    expect(res.err.join('\n')).toContain('--allow-private')
    expect(JSON.parse(res.out[0] ?? '{}')).toMatchObject({ stored: 0 })
    expect(server.hits.get('/ferry')).toBeUndefined()
  })

  it('fetches and stores it with --allow-private', async () => {
    const res = await runCli([
      'ingest',
      `${server.base}/ferry`,
      '--allow-private',
      '--db',
      db(),
      '--json',
    ])
    expect(res.err).toEqual([])
    expect(res.code).toBe(0)
    expect(JSON.parse(res.out[0] ?? '{}')).toMatchObject({ stored: 1 })
  })

  it('applies --max-bytes to fetched pages', async () => {
    const res = await runCli([
      'ingest',
      `${server.base}/ferry`,
      '--allow-private',
      '--max-bytes',
      '100',
      '--db',
      db(),
      '--json',
    ])
    expect(res.code).toBe(2)
    expect(res.err.join('\n')).toMatch(/over the limit of 100/)
  })

  it('rejects a --timeout that is not a whole number', async () => {
    const res = await runCli(['ingest', `${server.base}/ferry`, '--timeout', 'soon'])
    expect(res.code).toBe(64)
    expect(res.err.join('\n')).toContain('--timeout')
  })
})

describe('forewarn extract <url>', () => {
  it('refuses a loopback URL without --allow-private', async () => {
    const res = await runCli(['extract', `${server.base}/ferry`, '--format', 'eval'])
    expect(res.code).toBe(2)
    expect(res.out).toEqual([])
    expect(res.err.join('\n')).toContain(`${server.base}/ferry`)
  })

  it('reads it with --allow-private and applies --max-bytes', async () => {
    const ok = await runCli(['extract', `${server.base}/ferry`, '--allow-private'])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.out[0] ?? '{}')).toMatchObject({ meta: { publisher: 'Caspian Ledger' } })
    const capped = await runCli([
      'extract',
      `${server.base}/ferry`,
      '--allow-private',
      '--max-bytes',
      '100',
    ])
    expect(capped.code).toBe(2)
    expect(capped.err.join('\n')).toMatch(/over the limit of 100/)
  })
})
