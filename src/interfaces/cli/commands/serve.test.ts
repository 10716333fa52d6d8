import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../../test/helpers/run-cli.js'

describe('forewarn serve', () => {
  it.each([
    ['all interfaces', '0.0.0.0'],
    ['a LAN address', '192.168.1.20'],
    ['all IPv6 interfaces', '::'],
  ])('refuses to listen on %s without a token', async (_label, host) => {
    const { code, err } = await runCli(['serve', '--host', host, '--db', ':memory:'])
    expect(code).toBe(64)
    expect(err.join('\n')).toMatch(/Refusing to listen on .* without a token.*--token/)
  })

  it('names a bad port', async () => {
    const { code, err } = await runCli(['serve', '--port', 'eighty', '--db', ':memory:'])
    expect(code).toBe(64)
    expect(err.join('\n')).toContain('--port must be a whole number')
  })
})

describe('forewarn serve (process)', () => {
  it('serves the API and the dashboard on a loopback port, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forewarn-serve-'))
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/interfaces/cli/bin.ts',
        'serve',
        '--port',
        '0',
        '--db',
        join(dir, 'x.db'),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    try {
      let stderr = ''
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (b: Buffer) => {
          stderr += b.toString()
          const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)
          if (m?.[1]) resolve(m[1])
        })
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
      })
      const api = await fetch(`${url}api/openapi.json`)
      expect(api.status).toBe(200)
      expect(((await api.json()) as { openapi: string }).openapi).toBe('3.1.0')
      const page = await fetch(url)
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(await page.text()).toContain('<script src="app.js"')
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
