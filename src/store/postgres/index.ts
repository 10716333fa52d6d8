import { AppError } from '../../core/errors.js'
import type { Store } from '../store.js'

// TODO(#8): PostgreSQL store.
/** Opens a PostgreSQL store (not yet available). */
export function openPostgres(_url: string): Promise<Store> {
  return Promise.reject(
    new AppError('NOT_IMPLEMENTED', { feature: 'The PostgreSQL store', issue: 8 }),
  )
}
