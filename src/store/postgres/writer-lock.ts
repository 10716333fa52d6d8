import type { Client } from 'pg'
import { AppError, reasonOf } from '../../core/errors.js'
import { parseTarget, redact } from './connect.js'

/**
 * The one-writer rule across processes: entity resolution and the document write happen under
 * one advisory lock per store schema, while analysis runs in parallel outside it.
 */
export interface WriterLock {
  /** Waits for the lock; returns the write version, which changes whenever any process wrote. */
  acquire(): Promise<number>
  /** Releases the lock; `wrote` bumps the version so the other processes reload their state. */
  release(wrote: boolean): Promise<number>
  close(): Promise<void>
}

/** Opens a dedicated connection holding the writer lock of the store at `url`. */
export async function openWriterLock(url: string): Promise<WriterLock> {
  const target = parseTarget(url)
  const pg = (await import('pg')).default
  const client: Client = new pg.Client({
    connectionString: target.connectionString,
    options: `-c search_path=${target.schema},public`,
  })
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (e) {
    throw new AppError('STORE_UNAVAILABLE', { url: redact(url), reason: reasonOf(e) }, { cause: e })
  }
  const key = [`${target.schema}:writer`]
  const version = async (sql: string): Promise<number> =>
    Number((await client.query<{ version: string }>(sql)).rows[0]?.version ?? 0)
  return {
    acquire: async () => {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 8))', key)
      return version('SELECT version FROM writer_state WHERE id = 1')
    },
    release: async (wrote) => {
      try {
        return wrote
          ? await version(
              'UPDATE writer_state SET version = version + 1 WHERE id = 1 RETURNING version',
            )
          : await version('SELECT version FROM writer_state WHERE id = 1')
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 8))', key)
      }
    },
    close: () => client.end(),
  }
}
