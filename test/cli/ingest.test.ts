import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const article = (topic: string): string =>
  `Steppe Wire\n\n12 March 2024\n\nOfficials discuss ${topic}\n\n` +
  `Officials in Astana said on Tuesday that talks about ${topic} with Moscow would continue next month, ` +
  `after a round of meetings that both sides described as useful. The foreign ministry gave no further detail.\n\n` +
  `Analysts said the ${topic} question had become a test of how far Kazakhstan would go to keep its own line.\n`

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fw-cli-'))
  writeFileSync(join(dir, 'a.txt'), article('grain transit'))
  writeFileSync(join(dir, 'b.txt'), article('oil exports through the pipeline'))
  return dir
}

describe('forewarn ingest', () => {
  it('re-ingesting the same corpus adds nothing', async () => {
    const dir = corpus()
    const db = join(dir, 'store.db')
    const first = await runCli(['ingest', dir, '--db', db, '--json'])
    expect(first.code).toBe(0)
    expect(JSON.parse(first.out[0] ?? '{}')).toMatchObject({ stored: 2, unchanged: 0 })
    const counts = async (): Promise<number[]> =>
      Promise.all(['documents', 'events', 'entities'].map(async (c) => (await runCli([c, '--db', db, '--json'])).out.length))
    const before = await counts()
    const second = await runCli(['ingest', dir, '--db', db, '--json'])
    expect(JSON.parse(second.out[0] ?? '{}')).toMatchObject({ stored: 0, unchanged: 2 })
    expect(await counts()).toEqual(before)
  })

  it('reports an unreadable file by name, stores the rest and exits with the partial-failure status', async () => {
    const dir = corpus()
    // A dangling link cannot be read even by root, unlike a chmod 000 file.
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'c.txt'))
    const res = await runCli(['ingest', dir, '--db', join(dir, 'store.db'), '--json'])
    expect(res.code).toBe(2)
    expect(res.err.join('\n')).toContain('c.txt')
    expect(JSON.parse(res.out[0] ?? '{}')).toMatchObject({ stored: 2 })
  })

  it('names a missing path and keeps going', async () => {
    const dir = corpus()
    const res = await runCli(['ingest', join(dir, 'nope.txt'), dir, '--db', join(dir, 'store.db'), '--json'])
    expect(res.code).toBe(2)
    expect(res.err.join('\n')).toMatch(/nope\.txt does not exist/)
    expect(JSON.parse(res.out[0] ?? '{}').stored).toBe(2)
  })

  it('takes a commit interval, and refuses one that is no whole number', async () => {
    const dir = corpus()
    const ok = await runCli(['ingest', dir, '--db', join(dir, 'store.db'), '--commit-ms', '50', '--json'])
    expect(JSON.parse(ok.out[0] ?? '{}')).toMatchObject({ stored: 2 })
    const bad = await runCli(['ingest', dir, '--commit-ms', 'soon'])
    expect(bad.code).toBe(64)
    expect(bad.err.join('\n')).toContain('--commit-ms')
  })

  it('rejects unknown flags as a usage error naming the flag', async () => {
    const res = await runCli(['ingest', '--bogus'])
    expect(res.code).toBe(64)
    expect(res.err.join('\n')).toContain('--bogus')
  })
})
