import { isAppError } from '../../core/errors.js'
import { benchCommand } from './commands/bench.js'
import { extractCommand } from './commands/extract.js'
import { ingestCommand } from './commands/ingest.js'
import { LISTING_COMMANDS, listCommand } from './commands/list.js'
import { reportCommand } from './commands/report.js'
import { workerCommand } from './commands/worker.js'
import { serveCommand } from './commands/serve.js'
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

type Command = (argv: readonly string[], o: Output) => Promise<number>

const COMMANDS: Record<string, Command> = {
  ingest: ingestCommand,
  extract: extractCommand,
  report: reportCommand,
  serve: serveCommand,
  bench: benchCommand,
  worker: workerCommand,
  ...Object.fromEntries(
    LISTING_COMMANDS.map((n) => [
      n,
      (argv: readonly string[], o: Output) => listCommand(n, argv, o),
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
