import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/run-cli.js'
import { spawnCli } from '../../../test/helpers/spawn-cli.js'
import { readSources } from '../../ingest/read-sources.js'
import { standardPipeline } from '../../presets.js'
import { openPostgres } from '../../store/postgres/index.js'
import { dropSchemas, testSchemaUrl } from '../../store/postgres/test-database.js'
import { openSqlite } from '../../store/sqlite/index.js'
import { ingest } from '../ingest.js'
import type { JobReport } from './run-worker.js'

const base = process.env['TEST_DATABASE_URL']
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url))

describe.runIf(base)('pg-boss workers', () => {
  const schema = `fw_test_${randomBytes(5).toString('hex')}`
  afterAll(() => dropSchemas(base ?? '', [schema, `${schema}_pgboss`]))

  it(
    'three workers ingest the example corpus: every document once, none lost',
    { timeout: 180_000 },
    async () => {
      const url = testSchemaUrl(base ?? '', schema)
      const queued = await runCli(['ingest', EXAMPLES, '--db', url, '--queue', '--json'])
      const { queued: jobs } = JSON.parse(queued.out[0] ?? '{}') as { queued: number }
      expect(jobs).toBeGreaterThan(10)

      const workers = [1, 2, 3].map(() =>
        spawnCli(['worker', '--db', url, '--idle-exit', '3', '--json']),
      )
      const runs = await Promise.all(workers.map((w) => w.done))
      for (const r of runs) expect(r.code, r.err).toBe(0)
      const reports = runs.flatMap((r) =>
        r.out
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as JobReport),
      )
      const ingests = reports.filter((r) => r.queue === 'forewarn-ingest')
      // Every job ran exactly once (no retries needed here), spread over the workers.
      expect(new Set(ingests.map((r) => r.job)).size).toBe(jobs)
      expect(ingests).toHaveLength(jobs)
      expect(runs.filter((r) => r.out.includes('forewarn-ingest')).length).toBeGreaterThan(1)
      // No document analysed and stored twice.
      const written = ingests.filter((r) => r.outcome === 'stored' || r.outcome === 'duplicates')
      expect(new Set(written.map((r) => r.doc)).size).toBe(written.length)

      // Same documents as a serial ingest of the same corpus.
      const reference = await openSqlite(':memory:')
      const serial = await ingest(readSources([EXAMPLES]), {
        store: reference,
        pipeline: standardPipeline(),
      })
      const ids = async (s: typeof reference): Promise<string[]> =>
        (await s.listDocs({ limit: 10_000, includeDuplicates: true })).map((d) => d.id).sort()
      const shared = await openPostgres(url)
      expect(await ids(shared)).toEqual(await ids(reference))
      expect(written).toHaveLength(serial.stored + serial.duplicates)
      expect((await shared.listFailures()).length).toBe(
        serial.skipped.length + serial.failed.length,
      )
      // Every mention points at a stored entity: no entity upsert was lost between processes.
      const entities = await shared.listEntities({ limit: 10_000 })
      const counts = await shared.counts()
      expect(entities.reduce((n, e) => n + e.mentionCount, 0)).toBe(counts.mentions)
      expect(counts.mentions).toBe((await reference.counts()).mentions)
      expect(counts.claims).toBeGreaterThan(0)
      await Promise.all([shared.close(), reference.close()])
    },
  )
})

describe.skipIf(base)('pg-boss workers', () => {
  it.skip('three workers share one PostgreSQL (skipped: set TEST_DATABASE_URL=postgres://… to run)', () => {})
})
