import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/**
 * Test helper: store files migrated up to a given version only, as an older forewarn left them,
 * so that a migration can be tested on real old files. `cleanup` removes every file made.
 */
export function oldStores(): { at(version: number): string; cleanup(): void } {
  const dirs: string[] = []
  return {
    at(version) {
      const dir = mkdtempSync(join(tmpdir(), 'fw-old-store-'))
      dirs.push(dir)
      const path = join(dir, 'old.db')
      const db = new Database(path)
      const migrations = new URL('./migrations/', import.meta.url)
      for (const f of readdirSync(migrations).sort())
        if (Number(f.slice(0, 4)) <= version) db.exec(readFileSync(new URL(f, migrations), 'utf8'))
      db.pragma(`user_version = ${version}`)
      db.close()
      return path
    },
    cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
    },
  }
}
