import type { Client } from 'pg'
import { AppError, reasonOf } from '../../core/errors.js'
import { parseTarget, redact } from './connect.js'

/** Per-document advisory locks, so two workers never analyse the same content at once. */
export interface DocLocks {
  /** True when this process now holds the lock for `docId`; false when another process does. */
  tryLock(docId: string): Promise<boolean>
  unlock(docId: string): Promise<void>
  close(): Promise<void>
}

// Note: session-level locks live on one dedicated connection (a pool would unlock on another
// session). If the process dies, PostgreSQL drops the session and its locks with it.
/** Opens a dedicated connection for document locks on the database at `url`. */
export async function openDocLocks(url: string): Promise<DocLocks> {
  const pg = (await import('pg')).default
  const client: Client = new pg.Client({ connectionString: parseTarget(url).connectionString })
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (e) {
    throw new AppError('STORE_UNAVAILABLE', { url: redact(url), reason: reasonOf(e) }, { cause: e })
  }
  const key = 'hashtextextended($1, 8)'
  return {
    tryLock: async (docId) =>
      (await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${key}) AS ok`, [docId]))
        .rows[0]?.ok === true,
    unlock: async (docId) => {
      await client.query(`SELECT pg_advisory_unlock(${key})`, [docId])
    },
    close: () => client.end(),
  }
}
