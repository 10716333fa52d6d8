import { AppError } from '../../../core/errors.js'
import { runWorker } from '../../../workflows/queue/run-worker.js'
import { dbUrl, intOption, parse } from '../args.js'
import { EXIT_OK, type Output } from '../output.js'

const USAGE = 'forewarn worker --db postgres://… [--idle-exit SECONDS] [--json]'

/**
 * `forewarn worker`: processes ingest and analysis jobs from the pg-boss queue in a shared
 * PostgreSQL store until interrupted (SIGINT/SIGTERM finish the job in hand), or until idle with
 * empty queues for `--idle-exit` seconds. `--json` prints one line per job.
 */
export async function workerCommand(argv: readonly string[], o: Output): Promise<number> {
  const { values } = parse(argv, { 'idle-exit': { type: 'string' } }, USAGE)
  const url = dbUrl(values.db)
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new AppError('USAGE', {
      problem: `forewarn worker shares a PostgreSQL store between processes; "${url}" is not one`,
      hint: `Usage: ${USAGE}`,
    })
  const idle = values['idle-exit']
  const stop = new AbortController()
  const onSignal = (): void => stop.abort()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    const { jobs } = await runWorker({
      url,
      signal: stop.signal,
      ...(idle === undefined ? {} : { idleExitSeconds: intOption('idle-exit', idle, 0) }),
      pollingIntervalSeconds: 0.5,
      onJob: (r) => {
        if (values.json) o.out(JSON.stringify(r))
        else if (values.verbose) o.err(`${r.queue} ${r.outcome} ${r.uri ?? ''}`)
      },
    })
    if (!values.json) o.err(`worker: ${jobs} jobs done`)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  return EXIT_OK
}
