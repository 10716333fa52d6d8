import { parseArgs, type ParseArgsConfig } from 'node:util'
import { AppError, reasonOf } from '../../core/errors.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options

/** Parses argv for one command; unknown flags are usage errors that name the flag. */
export function parse<O extends Options>(argv: readonly string[], options: O, usage: string) {
  try {
    return parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    })
  } catch (e) {
    throw new AppError('USAGE', {
      problem: reasonOf(e).replace(/\.$/, ''),
      hint: `Usage: ${usage}`,
    })
  }
}

/** The store location: `--db`, else FOREWARN_DB, else ./forewarn.db. */
export function dbUrl(value: unknown): string {
  return typeof value === 'string' && value
    ? value
    : (process.env['FOREWARN_DB'] ?? './forewarn.db')
}

/** Parses a non-negative integer flag, naming the flag when it is not one. */
export function intOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new AppError('USAGE', {
      problem: `--${name} must be a whole number, got "${String(value)}"`,
      hint: `For example --${name} 50`,
    })
  return n
}
