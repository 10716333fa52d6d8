import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Root of the repository (the folder holding package.json). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A CLI run in a child process, from the TypeScript sources through tsx. */
export interface CliChild {
  readonly child: ChildProcess
  /** Resolves when the process ends, with its exit code or the signal that ended it. */
  readonly done: Promise<{
    code: number | null
    signal: NodeJS.Signals | null
    out: string
    err: string
  }>
}

/** Starts `forewarn <argv>` as a child process (sources via tsx, so no build is needed). */
export function spawnCli(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliChild {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/interfaces/cli/bin.ts', ...argv], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (out += s))
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (err += s))
  const done = new Promise<{
    code: number | null
    signal: NodeJS.Signals | null
    out: string
    err: string
  }>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, out, err }))
  })
  return { child, done }
}
