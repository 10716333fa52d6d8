import type PgBoss from 'pg-boss'
import { AppError, reasonOf } from '../../core/errors.js'

/** Queue names; one pg-boss schema per forewarn schema. */
export const INGEST_QUEUE = 'forewarn-ingest'
export const ANALYSE_QUEUE = 'forewarn-analyse'

/** Options of the queue connection. */
export interface JobQueueOptions {
  /** How often an idle worker asks for jobs, in seconds (pg-boss minimum 0.5). @default 1 */
  readonly pollingIntervalSeconds?: number
}

/** The pg-boss schema that goes with a store URL: `pgboss`, or `<schema>_pgboss` for `?schema=`. */
export function queueTarget(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema')
  parsed.searchParams.delete('schema')
  if (schema && !/^[a-z_][a-z0-9_]{0,50}$/.test(schema))
    throw new AppError('USAGE', {
      problem: `schema "${schema}" is not a lower-case SQL identifier`,
      hint: 'Use letters, digits and _ only',
    })
  return { connectionString: parsed.toString(), schema: schema ? `${schema}_pgboss` : 'pgboss' }
}

/**
 * Starts pg-boss (an optional dependency, loaded only here) on the store's database and makes sure
 * both queues exist. Ingest jobs retry three times with backoff; analysis jobs twice.
 */
export async function openJobQueue(url: string, options: JobQueueOptions = {}): Promise<PgBoss> {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new AppError('USAGE', {
      problem: `the job queue needs a PostgreSQL store, got "${url}"`,
      hint: 'Pass --db postgres://user@host/database',
    })
  let Boss: typeof PgBoss
  try {
    Boss = (await import('pg-boss')).default
  } catch (e) {
    throw new AppError(
      'STORE_UNAVAILABLE',
      {
        url: redact(url),
        reason: 'the optional package "pg-boss" is not installed (npm install pg-boss)',
      },
      { cause: e },
    )
  }
  const target = queueTarget(url)
  const boss = new Boss({
    connectionString: target.connectionString,
    schema: target.schema,
    max: 4,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1,
  } as PgBoss.ConstructorOptions)
  // pg-boss reports background errors as events; without a listener Node would crash.
  boss.on('error', () => undefined)
  try {
    await boss.start()
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      retryLimit: 3,
      retryDelay: 2,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    })
    await boss.createQueue(ANALYSE_QUEUE, { name: ANALYSE_QUEUE, retryLimit: 2, retryDelay: 5 })
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => undefined)
    throw new AppError('STORE_UNAVAILABLE', { url: redact(url), reason: reasonOf(e) }, { cause: e })
  }
  return boss
}

function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')
}
