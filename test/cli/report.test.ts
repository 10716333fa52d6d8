import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSqlite } from '../../src/store/sqlite/index.js'
import { sampleDoc } from '../helpers/fixtures.js'
import { runCli } from '../helpers/run-cli.js'

const dir = (): string => mkdtempSync(join(tmpdir(), 'fw-report-'))

describe('forewarn report', () => {
  it('names an unknown watch and lists the available ones, before touching the store', async () => {
    const d = dir()
    const res = await runCli(['report', '--watch', 'rus-kz', '--db', join(d, 'x.db')])
    expect(res.code).toBe(78)
    expect(res.err.join('\n')).toMatch(/"rus-kz".*Available watches: rus-kaz/)
    expect(existsSync(join(d, 'x.db'))).toBe(false)
  })

  it.each([
    ['--format pdf', ['--format', 'pdf'], /--format must be md, html or json/],
    ['--as-of yesterday', ['--as-of', 'yesterday'], /--as-of must be a date/],
  ])('rejects %s as a usage error', async (_label, flags, message) => {
    const res = await runCli(['report', ...flags, '--db', join(dir(), 'x.db')])
    expect(res.code).toBe(64)
    expect(res.err.join('\n')).toMatch(message)
  })

  it('writes --out and reads a user watch file from --watch', async () => {
    const d = dir()
    const watch = join(d, 'mine.yaml')
    writeFileSync(
      watch,
      [
        'id: mine',
        'label: My dyad',
        'actor: { code: ARM, name: Armenia }',
        'target: { code: AZE, name: Azerbaijan }',
        'indicators:',
        '  - { id: threats, label: Threats, domain: rhetoric, claims: [{ types: [THREATEN] }] }',
        'hypotheses:',
        '  - { id: war, label: War, consistency: { threats: CC } }',
        '  - { id: talk, label: Talk }',
      ].join('\n'),
    )
    const out = join(d, 'report.html')
    const res = await runCli([
      'report',
      '--watch',
      watch,
      '--format',
      'html',
      '--out',
      out,
      '--db',
      join(d, 'x.db'),
    ])
    expect(res.code).toBe(0)
    expect(res.out).toEqual([])
    expect(readFileSync(out, 'utf8')).toContain('<h1>Warning report: My dyad</h1>')
  })

  it('--format json --as-of draws the picture for that date', async () => {
    const res = await runCli([
      'report',
      '--format',
      'json',
      '--as-of',
      '2023-05-31',
      '--db',
      join(dir(), 'x.db'),
    ])
    expect(res.code).toBe(0)
    const parsed = JSON.parse(res.out.join('\n')) as { asOf: string; watch: { id: string } }
    expect(parsed).toMatchObject({ asOf: '2023-05-31', watch: { id: 'rus-kaz' } })
  })

  it('rebuilds claims left behind the stored documents before reporting', async () => {
    const db = join(dir(), 'x.db')
    // Documents stored without a claims rebuild, as by an ingest killed after its last commit.
    const store = await openSqlite(db)
    await store.saveDoc(sampleDoc(1))
    await store.saveDoc(sampleDoc(2))
    await store.close()
    const res = await runCli(['report', '--format', 'json', '--db', db])
    expect(res.code).toBe(0)
    expect(res.err.join('\n')).toMatch(/rebuilding them first/)
    const parsed = JSON.parse(res.out.join('\n')) as { claims: unknown[] }
    expect(parsed.claims.length).toBeGreaterThan(0)
    const again = await runCli(['report', '--format', 'json', '--db', db])
    expect(again.err).toEqual([])
  })
})
