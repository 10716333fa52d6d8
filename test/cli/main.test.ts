import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}

describe('forewarn (no command)', () => {
  it.each([
    ['--version', ['--version'], 0, pkg.version],
    ['-V', ['-V'], 0, pkg.version],
    ['--help', ['--help'], 0, 'Usage:'],
    ['nothing', [], 64, 'Usage:'],
  ])('%s', async (_label, argv, code, text) => {
    const r = await runCli(argv)
    expect(r.code).toBe(code)
    expect(r.out.join('\n')).toContain(text)
  })

  it('names an unknown command and exits 64', async () => {
    const r = await runCli(['evnets'])
    expect(r.code).toBe(64)
    expect(r.err.join('\n')).toContain('Unknown command "evnets"')
  })

  it('loads a listing command when it runs (its usage errors still come through)', async () => {
    const r = await runCli(['events', '--no-such-flag'])
    expect(r.code).toBe(64)
    expect(r.err.join('\n')).toMatch(/no-such-flag|Unknown option/i)
  })
})
