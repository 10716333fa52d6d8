import type { Store } from '../store.js'
import { SqliteStore } from './store.js'

/** Opens (and migrates) a SQLite store at `path`; `:memory:` for a throwaway one. */
export function openSqlite(path: string): Promise<Store> {
  return Promise.resolve(new SqliteStore(path))
}
