// Worker-thread entry for the claims rebuild (`rebuild-claims.ts`): opens the SQLite store
// read-only and answers "claims of key K" with the same per-key step as a serial rebuild
// (`keyClaims`), from the word statistics and copies the main thread counted once.
import Database from 'better-sqlite3'
import { parentPort } from 'node:worker_threads'
import { keyClaims } from '../analyze/claims/stream-claims.js'
import { WordStats } from '../analyze/claims/word-stats.js'
import type { Claim } from '../core/model.js'
import { sqliteClaimReads } from '../store/sqlite/claim-reads.js'
import type { ClaimsSetup, ClaimsTask, ClaimsTaskResult } from './claims-task.js'

const port = parentPort
if (!port) throw new Error('claims-thread must run in a worker thread')

let current: {
  id: number
  db: Database.Database
  claimsOf: (t: ClaimsTask) => Promise<Claim[]>
} | null = null

const setUp = (setup: ClaimsSetup): void => {
  current?.db.close()
  const db = new Database(setup.location, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  const claimsOf = keyClaims(
    sqliteClaimReads(db),
    WordStats.fromJSON(setup.words),
    setup.copies,
    setup.options,
  )
  current = { id: setup.id, db, claimsOf: (t) => claimsOf(t.key) }
}

const answer = async (task: ClaimsTask): Promise<ClaimsTaskResult> => {
  try {
    if (task.setup && current?.id !== task.setup.id) setUp(task.setup)
    // A thread that has not got this rebuild's statistics (new, or respawned) asks for them.
    if (current?.id !== task.rebuild) return { needSetup: true }
    return { claims: await current.claimsOf(task) }
  } catch (e) {
    return { error: e instanceof Error ? (e.stack ?? e.message) : String(e) }
  }
}

// One task at a time: the per-key step keeps text and fingerprint state between its awaits.
let chain = Promise.resolve()
port.on('message', (msg: { id: number; task: ClaimsTask }) => {
  chain = chain.then(async () => port.postMessage({ id: msg.id, result: await answer(msg.task) }))
})
