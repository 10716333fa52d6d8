import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/**
 * Copies the sources (src/, package.json, tsconfig.json; node_modules linked) into a temporary
 * folder and returns it. Tests that compare several runs over minutes use it, so that an edit saved
 * in the working tree meanwhile cannot make two runs of "the same" program differ.
 */
export function snapshotSources(): string {
  const root = mkdtempSync(join(tmpdir(), 'fw-src-'))
  cpSync(join(REPO_ROOT, 'src'), join(root, 'src'), { recursive: true })
  for (const f of ['package.json', 'tsconfig.json']) cpSync(join(REPO_ROOT, f), join(root, f))
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
  return root
}

/**
 * Starts `forewarn <argv>` as a child process (sources via tsx, so no build is needed), from the
 * repository or from `root` (a `snapshotSources()` copy).
 */
export function spawnCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = {},
  root: string = REPO_ROOT,
): CliChild {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/interfaces/cli/bin.ts', ...argv], {
    cwd: root,
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
