import { readFileSync } from 'node:fs'
import { isAppError } from '../../core/errors.js'
import { processOutput, type Output } from './output.js'

const HELP = `forewarn — local-first geopolitical early warning

Usage:
  forewarn ingest <path|url|feed>... [--db FILE|postgres://…] [--json]   store + analyse
  forewarn extract <path>... --format eval|json                        analyse, no store; JSON Lines
  forewarn documents|entities|events|quotes|claims [filters] [--json]  list what is stored
  forewarn report [--watch ID] [--format md|html|json] [--out FILE]    the warning report
  forewarn serve [--host 127.0.0.1] [--port 8080]                      HTTP API and dashboard
  forewarn bench [--docs N] [--json]                                   speed against the tokenizer
  forewarn worker --db postgres://…                                    scale-out worker

Every store command takes --db (default ./forewarn.db, or FOREWARN_DB).
Exit status: 0 success, 2 some inputs failed (the rest was stored), 64 usage error, other codes per docs/errors.md.`

/** The listing commands (`commands/list.ts` checks that it serves exactly these). */
export const LISTING_NAMES = ['documents', 'entities', 'events', 'quotes', 'claims'] as const

type Command = (argv: readonly string[], o: Output) => Promise<number>

// Each command's modules load when it runs: importing them all up front (stages, lexicons, the
// HTTP server, pg-boss) cost every invocation, `forewarn --help` included, about half a second.
const COMMANDS: Record<string, Command> = {
  ingest: async (a, o) => (await import('./commands/ingest.js')).ingestCommand(a, o),
  extract: async (a, o) => (await import('./commands/extract.js')).extractCommand(a, o),
  report: async (a, o) => (await import('./commands/report.js')).reportCommand(a, o),
  serve: async (a, o) => (await import('./commands/serve.js')).serveCommand(a, o),
  bench: async (a, o) => (await import('./commands/bench.js')).benchCommand(a, o),
  worker: async (a, o) => (await import('./commands/worker.js')).workerCommand(a, o),
  ...Object.fromEntries(
    LISTING_NAMES.map((n): [string, Command] => [
      n,
      async (a, o) => (await import('./commands/list.js')).listCommand(n, a, o),
    ]),
  ),
}

/** Runs the CLI and returns its exit status. Errors are printed here and nowhere else. */
export async function main(argv: readonly string[], o: Output = processOutput): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    o.out(HELP)
    return name ? 0 : 64
  }
  if (name === '--version' || name === '-V') {
    o.out(version())
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    o.err(`Unknown command "${name}". Run "forewarn --help" to see the commands.`)
    return 64
  }
  try {
    return await command(rest, o)
  } catch (e) {
    if (isAppError(e)) {
      o.err(e.message)
      if (rest.includes('--verbose'))
        for (let c = e.cause; c; c = (c as Error).cause) o.err(`  caused by: ${String(c)}`)
      return e.exitCode
    }
    o.err(`Internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
    return 70
  }
}

/** The package's version, from package.json beside src/ and dist/. */
function version(): string {
  const url = new URL('../../../package.json', import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version
}
