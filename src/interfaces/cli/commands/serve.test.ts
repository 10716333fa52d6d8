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
