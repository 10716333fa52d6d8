import type { Pool, PoolClient } from 'pg'
import { AppError, reasonOf } from '../../core/errors.js'
import type { Row } from '../sqlite/rows.js'

/** A parsed `postgres://` store address. */
export interface PostgresTarget {
  /** Connection string for `pg`, without forewarn's own parameters. */
  readonly connectionString: string
  /** Schema that holds forewarn's tables (`?schema=` in the URL). @default 'public' */
  readonly schema: string
}

/**
 * Splits forewarn's `schema` parameter off a `postgres://` URL, so several stores (or test runs)
 * can share one database. The name must be a plain SQL identifier.
 */
export function parseTarget(url: string): PostgresTarget {
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema') ?? 'public'
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new AppError('STORE_UNAVAILABLE', {
      url: redact(url),
      reason: `schema "${schema}" is not a lower-case SQL identifier (letters, digits, _)`,
    })
  parsed.searchParams.delete('schema')
  return { connectionString: parsed.toString(), schema }
}

/** The URL with its password masked, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')
}

/** Loads `pg` (an optional dependency) only when a PostgreSQL store is opened. */
export async function createPool(target: PostgresTarget, url: string): Promise<Pool> {
  let pg: (typeof import('pg'))['default']
  try {
    pg = (await import('pg')).default
  } catch (e) {
    throw new AppError(
      'STORE_UNAVAILABLE',
      { url: redact(url), reason: 'the optional package "pg" is not installed (npm install pg)' },
      { cause: e },
    )
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: 8,
    // Every session sees forewarn's tables first; `public` holds shared extensions.
    options: `-c search_path=${target.schema},public`,
  })
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  try {
    const client = await pool.connect()
    client.release()
  } catch (e) {
    await pool.end().catch(() => undefined)
    throw new AppError('STORE_UNAVAILABLE', { url: redact(url), reason: reasonOf(e) }, { cause: e })
  }
  return pool
}

/** Runs `work` in one transaction on one pooled client; rolls back on any error. */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw e
  } finally {
    client.release()
  }
}

/** Rewrites `?` placeholders (as built by `Where`) into PostgreSQL's `$1, $2, …`. */
export function numbered(sql: string, offset = 0): string {
  let n = offset
  return sql.replace(/\?/g, () => `$${++n}`)
}

/** PostgreSQL text cannot hold NUL; U+FFFD keeps the UTF-16 length, so spans stay valid. */
export function pgText<T>(value: T): T {
  return (
    typeof value === 'string' && value.includes('\0') ? value.replaceAll('\0', '\uFFFD') : value
  ) as T
}

/** Runs one query (`?` placeholders) and returns its rows. */
export type QueryRows = (sql: string, args?: readonly unknown[]) => Promise<Row[]>

/** `%q%` with LIKE's own wildcards escaped, so user text matches literally. */
export function like(q: string | undefined): string {
  return `%${(q ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
