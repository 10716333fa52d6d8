import { writeFileSync } from 'node:fs'
import { evaluateWatch, loadWatch, type WatchEvaluation } from '../../../analyze/index.js'
import { AppError, reasonOf } from '../../../core/errors.js'
import { claimsStale, openStore } from '../../../store/store.js'
import { rebuildClaims } from '../../../workflows/ingest.js'
import { renderHtml } from '../../formats/report-html.js'
import { renderJson } from '../../formats/report-json.js'
import { renderMarkdown } from '../../formats/report-markdown.js'
import { dbUrl, parse } from '../args.js'
import { readWatchInput } from '../../../workflows/watch-input.js'
import { EXIT_OK, type Output } from '../output.js'

const USAGE =
  'forewarn report [--watch ID|FILE] [--format md|html|json] [--out FILE] [--as-of YYYY-MM-DD]'
const RENDERERS: Record<string, (e: WatchEvaluation) => string> = {
  md: renderMarkdown,
  markdown: renderMarkdown,
  html: renderHtml,
  json: renderJson,
}
/**
 * `forewarn report`: the warning report of a watch (built-in id or a YAML/JSON file) over the
 * stored corpus, as Markdown (default), HTML or JSON, to stdout or `--out`.
 */
export async function reportCommand(argv: readonly string[], o: Output): Promise<number> {
  const { values } = parse(
    argv,
    {
      watch: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
    },
    USAGE,
  )
  const format = values.format ?? 'md'
  const render = RENDERERS[format]
  if (!render)
    throw new AppError('USAGE', {
      problem: `--format must be md, html or json, got "${format}"`,
      hint: `Usage: ${USAGE}`,
    })
  const asOf = values['as-of']
  if (asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))))
    throw new AppError('USAGE', {
      problem: `--as-of must be a date like 2024-09-30, got "${asOf}"`,
      hint: `Usage: ${USAGE}`,
    })
  // The watch is checked before the store is opened, so a typo fails fast and names the choices.
  const watch = loadWatch(values.watch ?? 'rus-kaz')
  const store = await openStore(dbUrl(values.db))
  let text: string
  try {
    // An ingest that ended between storing documents and analysing them (killed, or still
    // running elsewhere) leaves claims behind the documents; the report must not miss them.
    if (claimsStale(await store.claimsBasis())) {
      o.err('Claims were older than the newest stored documents; rebuilding them first')
      await rebuildClaims(store)
    }
    text = render(evaluateWatch(watch, await readWatchInput(store), { asOf }))
  } finally {
    await store.close()
  }
  if (values.out) {
    try {
      writeFileSync(values.out, text)
    } catch (e) {
      throw new AppError(
        'USAGE',
        {
          problem: `Could not write ${values.out}: ${reasonOf(e)}`,
          hint: 'Give --out a writable file path',
        },
        { cause: e },
      )
    }
    o.err(`Wrote the ${watch.id} report (${format}) to ${values.out}`)
  } else o.out(text.replace(/\n$/, ''))
  return EXIT_OK
}
