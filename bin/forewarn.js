#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds dist/ through the `prepare` script).
import { main } from '../dist/interfaces/cli/main.js'

// A closed pipe (`forewarn events | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})
process.exitCode = await main(process.argv.slice(2))
