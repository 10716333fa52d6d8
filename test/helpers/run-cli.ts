import { main } from '../../src/interfaces/cli/main.js'
import type { Output } from '../../src/interfaces/cli/output.js'

/** Runs the CLI in-process and captures its stdout and stderr lines. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const o: Output = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false }
  const code = await main(argv, o)
  return { code, out, err }
}
