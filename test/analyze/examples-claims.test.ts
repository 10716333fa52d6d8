import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ClaimRecord } from '../../src/interfaces/formats/claim-record.js'
import { runCli } from '../helpers/run-cli.js'

// The team's own example corpus (examples/README.md): one page is a syndicated copy of another.
const EXAMPLES = resolve(import.meta.dirname, '../../examples')
const ORIGINAL = 'kz-gurulyov-voice-message.txt'
const COPY = 'kz-reprint-duma-general-kazakhstan-next.txt'

describe('claims on the example corpus', () => {
  let db = ''
  let claims: ClaimRecord[] = []
  beforeAll(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'fw-examples-')), 'examples.db')
    expect((await runCli(['ingest', EXAMPLES, '--db', db])).code).toBe(0)
    claims = (await runCli(['claims', '--db', db, '--json'])).out.map(
      (l) => JSON.parse(l) as ClaimRecord,
    )
  }, 120_000)

  it('the syndicated copy is listed with its original and never counts as another source', () => {
    const copied = claims.filter((c) => c.mentions.some((m) => m.file === COPY))
    expect(copied.length).toBeGreaterThan(0)
    for (const c of copied) {
      const pair = c.mentions.filter((m) => m.file === COPY || m.file === ORIGINAL)
      expect(pair.map((m) => m.file)).toContain(ORIGINAL)
      expect(new Set(pair.map((m) => m.origin)).size).toBe(1)
      expect(c.independent_sources).toBe(new Set(c.mentions.map((m) => m.origin)).size)
    }
  })

  it('every claim has the listing fields and mentions that name their file and publisher', () => {
    expect(claims.length).toBeGreaterThan(0)
    for (const c of claims) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining([
          'id',
          'type',
          'actor',
          'recipient',
          'actor_entity',
          'status',
          'independent_sources',
          'mentions',
        ]),
      )
      for (const m of c.mentions) {
        expect(m.file || m.source).toBeTruthy()
        expect(m).toHaveProperty('publisher')
        expect(m.evidence.length).toBeGreaterThan(0)
      }
    }
  })

  it('the HTML report has the chart and the indicator table, and escapes article text', async () => {
    const res = await runCli(['report', '--watch', 'rus-kaz', '--format', 'html', '--db', db])
    expect(res.code).toBe(0)
    const html = res.out.join('\n')
    expect(html).toContain('<svg')
    expect(html).toMatch(/<h2>Indicators<\/h2><table>/)
    // The hostile page in examples/ carries script tags and handlers; none may survive.
    expect(html).not.toMatch(/<script|onerror=|javascript:/i)
  })
})
