import { readdirSync, readFileSync } from 'node:fs'
import type { Pool } from 'pg'
import { inTransaction } from './connect.js'

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url)
// One lock for every forewarn migration in the database: CREATE EXTENSION and CREATE SCHEMA race
// when several workers (or test files) start at once.
const LOCK_KEY = 0x666f7265 // "fore"

/**
 * Creates the schema and the `unaccent` extension when missing, then applies the numbered SQL
 * files in `migrations/` that the schema has not seen, in one transaction, recording
 * them in `schema_migrations`. Safe to run from several processes at once. Returns the version.
 */
export async function migrate(pool: Pool, schema: string): Promise<number> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}-.*\.sql$/.test(f))
    .sort()
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY])
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public')
    const ext = await client.query<{ nspname: string }>(
      `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
       WHERE e.extname = 'unaccent'`,
    )
    const extSchema = ext.rows[0]?.nspname ?? 'public'
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    )
    const done = await client.query<{ version: number }>(
      `SELECT version FROM ${schema}.schema_migrations`,
    )
    const seen = new Set(done.rows.map((r) => r.version))
    let version = Math.max(0, ...seen)
    for (const file of files) {
      const n = Number(file.slice(0, 4))
      if (seen.has(n)) continue
      const sql = readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8').replaceAll(
        '@extschema@',
        `"${extSchema}"`,
      )
      await client.query(`SET LOCAL search_path TO ${schema}, public`)
      await client.query(sql)
      await client.query(
        `INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, $2)`,
        [n, file],
      )
      version = Math.max(version, n)
    }
    return version
  })
}
