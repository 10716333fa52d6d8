import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../../test/helpers/run-cli.js'

// Shape only: timings are never asserted in tests (they depend on the machine and its load).
describe('forewarn bench', () => {
  it(
    'prints one JSON object with the throughput figures and per-stage rates',
    { timeout: 180_000 },
    async () => {
      const res = await runCli(['bench', '--docs', '50', '--json'])
      expect(res.code, res.err.join('\n')).toBe(0)
      expect(res.out).toHaveLength(1)
      const r = JSON.parse(res.out[0] ?? '{}') as Record<string, unknown>
      expect(r['docs']).toBe(50)
      for (const key of [
        'tokenizer_docs_per_s',
        'tokenizer_1_core_docs_per_s',
        'pipeline_docs_per_s',
        'pipeline_1_core_docs_per_s',
        'ratio',
        'ratio_1_core',
        'speedup',
        'peak_rss_mb',
        'mb',
      ])
        expect(r[key], key).toBeGreaterThan(0)
      expect(r['ratio']).toBeCloseTo(
        Number(r['pipeline_docs_per_s']) / Number(r['tokenizer_docs_per_s']),
        1,
      )
      const stages = r['stages'] as Array<{ stage: string; docs_per_s: number; share: number }>
      expect(stages.map((s) => s.stage)).toEqual(
        expect.arrayContaining(['clean', 'minhash', 'sentences', 'entities', 'events']),
      )
      expect(stages.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 1)
      // Every generated document is distinct: nothing folded as a duplicate, nothing failed.
      expect(r['ingest_all_cores']).toMatchObject({
        stored: 50,
        duplicates: 0,
        unchanged: 0,
        failed: 0,
      })
      expect(r['ingest_1_core']).toMatchObject({ stored: 50, duplicates: 0, failed: 0 })
      expect((r['ingest_1_core'] as Record<string, number>)['claims_rebuild_s']).toBeGreaterThan(0)
      // Linux: the 1-core run is all main thread; the threaded one has worker threads.
      if (existsSync('/proc/self/task')) {
        const split = r['phase_thread_cpu_s'] as Record<string, Record<string, number>>
        expect(split['pipeline_1_core']?.['main']).toBeGreaterThan(0)
        expect(split['pipeline']?.['workers']).toBeGreaterThan(0)
      }
    },
  )

  it('rejects a bad --docs value as a usage error', async () => {
    const res = await runCli(['bench', '--docs', 'many'])
    expect(res.code).toBe(64)
    expect(res.err.join('\n')).toContain('--docs')
  })
})
