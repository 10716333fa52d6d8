/** Helpers for tests that need a throwaway PostgreSQL schema (TEST_DATABASE_URL). */

/** `base` with `?schema=NAME` set. */
export function testSchemaUrl(base: string, schema: string): string {
  const url = new URL(base)
  url.searchParams.set('schema', schema)
  return url.toString()
}

/** Drops the given schemas (and everything in them) from the database at `base`. */
export async function dropSchemas(base: string, schemas: readonly string[]): Promise<void> {
  if (!schemas.length) return
  const pg = (await import('pg')).default
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`)
  } finally {
    await client.end()
  }
}
