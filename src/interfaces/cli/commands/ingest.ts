import { AppError } from '../../../core/errors.js'
import { standardPipeline } from '../../../presets.js'
import { readSources } from '../../../ingest/read-sources.js'
import { openStore } from '../../../store/store.js'
import { ingest, type IngestSummary } from '../../../workflows/ingest.js'
import { defaultWorkers } from '../../../workflows/worker-pool.js'
import { DEFAULT_COMMIT_MS } from '../../../workflows/write-batches.js'
import { dbUrl, intOption, parse } from '../args.js'
import { EXIT_OK, EXIT_PARTIAL, type Output } from '../output.js'
import { progressLine } from '../progress.js'
import { SOURCE_FLAGS, SOURCE_USAGE, sourceOptions } from '../source-flags.js'
import { queueIngest } from './ingest-queue.js'

const USAGE =
  'forewarn ingest <path|url|feed|->... [--db FILE|postgres://…] [--workers N] [--commit-ms N] [--queue] ' +
  `${SOURCE_USAGE} [--json]`

/** `forewarn ingest`: store and analyse sources; prints a summary and every failure with its reason. */
export async function ingestCommand(argv: readonly string[], o: Output): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      workers: { type: 'string' },
      'commit-ms': { type: 'string' },
      queue: { type: 'boolean' },
      ...SOURCE_FLAGS,
    },
    USAGE,
  )
  if (!positionals.length)
    throw new AppError('USAGE', {
      problem: 'ingest needs at least one path, URL or feed',
      hint: `Usage: ${USAGE}`,
    })
  const store = await openStore(dbUrl(values.db))
  let summary: IngestSummary
  try {
    if (values.queue) {
      const items = readSources(positionals, sourceOptions(values))
      return await queueIngest(items, dbUrl(values.db), store, o, !!values.json)
    }
    const progress = o.isTTY && !values.json ? progressLine() : undefined
    summary = await ingest(readSources(positionals, sourceOptions(values)), {
      store,
      pipeline: standardPipeline,
      workers: intOption('workers', values.workers, defaultWorkers()),
      commitMs: intOption('commit-ms', values['commit-ms'], DEFAULT_COMMIT_MS),
      ...(progress ? { onProgress: progress.update } : {}),
    })
    progress?.done()
  } finally {
    await store.close()
  }
  for (const f of [...summary.failed, ...summary.skipped]) o.err(`${f.uri}: ${f.message}`)
  if (values.json) o.out(JSON.stringify(summary))
  else
    o.out(
      `stored ${summary.stored}, already stored ${summary.unchanged}, duplicates ${summary.duplicates}, ` +
        `skipped ${summary.skipped.length}, failed ${summary.failed.length}`,
    )
  return summary.failed.length || summary.skipped.length ? EXIT_PARTIAL : EXIT_OK
}
