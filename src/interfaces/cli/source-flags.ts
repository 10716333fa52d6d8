import type { ReadSourcesOptions } from '../../ingest/read-sources.js'
import { DEFAULT_MAX_BYTES } from '../../ingest/source-options.js'
import { intOption } from './args.js'

/** Flags of every command that reads sources (ingest, extract). */
export const SOURCE_FLAGS = {
  'allow-private': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
} as const

/** Usage text of `SOURCE_FLAGS`. */
export const SOURCE_USAGE = '[--allow-private] [--max-bytes N] [--timeout SECONDS]'

/** Source-reading options from the flags: private addresses, size cap (bytes), timeout (seconds). */
export function sourceOptions(values: Record<string, unknown>): ReadSourcesOptions {
  return {
    allowPrivate: values['allow-private'] === true,
    maxBytes: intOption('max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES),
    timeoutMs: intOption('timeout', values['timeout'], 15) * 1000,
  }
}
