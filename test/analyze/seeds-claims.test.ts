import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ClaimRecord } from '../../src/interfaces/formats/claim-record.js'
import { runCli } from '../helpers/run-cli.js'

// Third-party pages: read at run time from ../shared, never copied into the project.
const SEEDS = resolve(import.meta.dirname, '../../../shared/corpus/seeds')
const present = existsSync(SEEDS)
if (!present) console.warn(`skipping the seeds claim test: ${SEEDS} is absent`)

/** The five seed files by their number prefix (file names are facts, not text). */
const file = (c: ClaimRecord, prefix: string): boolean =>
  c.mentions.some((m) => m.file.startsWith(prefix))

describe.skipIf(!present)('claims on the seed corpus', () => {
  let db = ''
  let claims: ClaimRecord[] = []
  beforeAll(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'fw-seeds-')), 'seeds.db')
    const ingest = await runCli(['ingest', SEEDS, '--db', db])
    expect(ingest.code).toBe(0)
    const listed = await runCli(['claims', '--db', db, '--json'])
    claims = listed.out.map((l) => JSON.parse(l) as ClaimRecord)
  }, 120_000)

  it('the alleged threat against Kazakhstan, reported twice and called a fake, is one disputed claim', () => {
    const threats = claims.filter(
      (c) =>
        c.type === 'THREATEN' &&
        c.actor === 'RUS' &&
        c.recipient === 'KAZ' &&
        c.mentions.some((m) => m.status === 'alleged') &&
        c.mentions.some((m) => m.status === 'denied'),
    )
    const both = threats.filter((c) => file(c, '000_') && file(c, '002_'))
    expect(both).toHaveLength(1)
    expect(both[0]?.status).toBe('disputed')
    expect(both[0]?.independent_sources).toBe(2)
  })

  it('the biolabs accusation against Kazakhstan is single-source', () => {
    const accusations = claims.filter(
      (c) =>
        c.type === 'ACCUSE' &&
        c.actor === 'RUS' &&
        c.recipient === 'KAZ' &&
        /lavrov/.test(c.actor_entity ?? ''),
    )
    expect(accusations).toHaveLength(1)
    expect(accusations[0]?.status).toBe('single-source')
    expect(accusations[0]?.mentions.every((m) => m.file.startsWith('004_'))).toBe(true)
  })

  it('the rus-kaz report cites both claims and their documents', async () => {
    const report = await runCli(['report', '--watch', 'rus-kaz', '--db', db])
    expect(report.code).toBe(0)
    const text = report.out.join('\n')
    const threat = claims.find((c) => c.type === 'THREATEN' && file(c, '000_') && file(c, '002_'))
    const biolabs = claims.find(
      (c) => c.type === 'ACCUSE' && c.recipient === 'KAZ' && /lavrov/.test(c.actor_entity ?? ''),
    )
    for (const c of [threat, biolabs]) expect(text).toContain(`C ${c?.id ?? '?'}`)
    for (const prefix of ['000_', '002_', '004_'])
      expect(text).toMatch(new RegExp(`\\[D\\d+\\] .*${prefix}`))
  })
})
