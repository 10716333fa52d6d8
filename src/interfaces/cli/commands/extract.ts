import { AppError } from '../../../core/errors.js'
import { readSources } from '../../../ingest/read-sources.js'
import { standardPipeline } from '../../../presets.js'
import { extract } from '../../../workflows/extract.js'
import { evalRecord } from '../../formats/eval-record.js'
import { parse } from '../args.js'
import { SOURCE_FLAGS, SOURCE_USAGE, sourceOptions } from '../source-flags.js'
import { EXIT_OK, EXIT_PARTIAL, type Output } from '../output.js'

const USAGE = `forewarn extract <path|url|feed|->... --format eval|json ${SOURCE_USAGE}`

/** `forewarn extract`: analyse without storing; one JSON line per document on stdout. */
export async function extractCommand(argv: readonly string[], o: Output): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { format: { type: 'string' }, ...SOURCE_FLAGS },
    USAGE,
  )
  const format = values.format ?? 'json'
  if (format !== 'eval' && format !== 'json')
    throw new AppError('USAGE', {
      problem: `Unknown --format "${format}"`,
      hint: 'Use --format eval or --format json',
    })
  if (!positionals.length)
    throw new AppError('USAGE', {
      problem: 'extract needs at least one path',
      hint: `Usage: ${USAGE}`,
    })
  const result = await extract(readSources(positionals, sourceOptions(values)), standardPipeline())
  for (const { doc } of result.docs) {
    if (format === 'eval') o.out(JSON.stringify(evalRecord(doc, result.entities)))
    else {
      const ids = new Set(doc.mentions.map((m) => m.entity))
      o.out(JSON.stringify({ ...doc, entities: result.entities.filter((e) => ids.has(e.id)) }))
    }
  }
  for (const f of result.failed) o.err(`${f.uri}: ${f.message}`)
  return result.failed.length ? EXIT_PARTIAL : EXIT_OK
}
