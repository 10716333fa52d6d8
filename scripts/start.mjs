// `npm start`: the main job on the embedded default. Ingests the example corpus into ./forewarn.db
// (SQLite) and prints the default watch's report. An input that fails to read is reported by the
// ingest and does not stop the report.
import { spawnSync } from 'node:child_process'

const run = (args) => spawnSync(process.execPath, ['bin/forewarn.js', ...args], { stdio: 'inherit' }).status ?? 1
const db = process.env.FOREWARN_DB ?? './forewarn.db'
const ingested = run(['ingest', 'examples', '--db', db])
if (ingested !== 0 && ingested !== 2) process.exit(ingested)
console.log('')
process.exit(run(['report', '--watch', 'rus-kaz', '--db', db]))
