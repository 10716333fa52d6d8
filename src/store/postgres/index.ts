import { AppError, isAppError, reasonOf } from '../../core/errors.js'
import type { Store } from '../store.js'
import { createPool, parseTarget, redact } from './connect.js'
import { migrate } from './migrate.js'
import { PostgresStore } from './store.js'

/**
 * Opens (and migrates) the PostgreSQL store at a `postgres://` URL. `?schema=NAME` keeps
 * forewarn's tables in their own schema (default `public`). `pg` is loaded only here.
 */
export async function openPostgres(url: string): Promise<Store> {
  const target = parseTarget(url)
  const pool = await createPool(target, url)
  try {
    await migrate(pool, target.schema)
  } catch (e) {
    await pool.end().catch(() => undefined)
    if (isAppError(e)) throw e
    throw new AppError(
      'STORE_UNAVAILABLE',
      { url: redact(url), reason: `migration failed: ${reasonOf(e)}` },
      { cause: e },
    )
  }
  return new PostgresStore(pool, url)
}
