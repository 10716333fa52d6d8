import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { spawnCli } from '../helpers/spawn-cli.js'
import { seededRandom, syntheticArticle } from '../helpers/synthetic-corpus.js'
import { tempDir, writeControl } from './ingest-batch.js'

// Issue #9: pathologically nested or unclosed HTML must not hang an ingest. The work is
// synchronous, so it runs in a child process that is killed at a (very generous) deadline.
const DEADLINE_MS = 60_000

const paragraphs = syntheticArticle(seededRandom(123), 123)
  .split('\n\n')
  .filter(Boolean)
  .map((p) => `<p>${p}</p>`)
  .join('')

const CASES: Array<[string, string]> = [
  [
    'divs nested 2,000 deep around the article',
    `<html><body>${'<div>'.repeat(2000)}${paragraphs}${'</div>'.repeat(2000)}</body></html>`,
  ],
  [
    '9,000 inline tags never closed before the article',
    `<html><body>${'<div><span><font>'.repeat(3000)}${paragraphs}`,
  ],
  [
    '20,000 sibling tables cell after cell, unclosed',
    `<html><body><article>${paragraphs}</article>${'<table><tr><td>x'.repeat(20000)}`,
  ],
]

describe('ingest of pathological HTML ends in time', () => {
  it.each(CASES)(
    '%s',
    async (_label, html) => {
      const dir = tempDir()
      const control = writeControl(dir)
      const page = join(dir, 'hostile.html')
      writeFileSync(page, html)
      const run = spawnCli(['ingest', page, control, '--db', join(dir, 'store.db'), '--json'])
      const timer = setTimeout(() => run.child.kill('SIGKILL'), DEADLINE_MS)
      const end = await run.done
      clearTimeout(timer)
      expect(end.signal, `ingest still running after ${DEADLINE_MS / 1000} s`).toBeNull()
      expect([0, 2], end.err).toContain(end.code)
      const summary = JSON.parse(end.out.trim().split('\n').at(-1) ?? '{}') as {
        stored: number
        failed: Array<{ uri: string; code: string }>
        skipped: Array<{ uri: string; code: string }>
      }
      const reported = [...summary.failed, ...summary.skipped]
      expect(reported.filter((r) => r.code === 'INTERNAL')).toEqual([])
      // Stored with the control, or reported by name while the control is stored.
      if (summary.stored < 2) {
        expect(summary.stored).toBe(1)
        expect(reported.map((r) => r.uri)).toEqual([page])
        expect(end.err).toContain('hostile.html')
      }
    },
    DEADLINE_MS + 15_000,
  )
})
