import { Hono } from 'hono'
import { AppError, isAppError } from '../../../core/errors.js'
import type { Pipeline } from '../../../core/pipeline.js'
import type { SourceItem } from '../../../ingest/raw-article.js'
import { readSources } from '../../../ingest/read-sources.js'
import type { Store } from '../../../store/store.js'
import { ingest } from '../../../workflows/ingest.js'
import { isPrivateUrl } from '../security.js'
import { ingestBodySchema, pageSchema, validate, type IngestBody } from '../validate.js'

// The server never fetches private or loopback addresses (no flag can change that over HTTP).
const SERVER_HINT =
  'The server never fetches private or loopback addresses; ingest the page from the command line with --allow-private instead.'

/** Options for the ingest routes. */
export interface IngestRoutesOptions {
  readonly store: Store
  /** Pipeline for new documents; without one, POST /api/ingest answers NOT_IMPLEMENTED. */
  readonly pipeline?: Pipeline | undefined
  /** Clock for `fetchedAt` of pasted texts (tests pass a fixed one). */
  readonly now?: (() => Date) | undefined
}

/** POST /ingest (URLs, pasted texts, uploaded files) and GET /ingest/status. */
export function ingestRoutes(options: IngestRoutesOptions): Hono {
  const { store, pipeline } = options
  const app = new Hono()
  // Note: one ingest at a time; the store has one writer and claims are rebuilt after each run.
  let queue: Promise<unknown> = Promise.resolve()

  app.post('/ingest', async (c) => {
    if (!pipeline) throw new AppError('NOT_IMPLEMENTED', { feature: 'Ingest over HTTP', issue: 7 })
    const body: unknown = await c.req.json().catch(() => {
      throw new AppError('BAD_REQUEST', { field: 'body', problem: 'expected a JSON object' })
    })
    const input = validate(ingestBodySchema, body, 'body field')
    const run = queue.then(() =>
      ingest(sourceItems(input, options.now ?? (() => new Date())), { store, pipeline }),
    )
    queue = run.catch(() => undefined)
    return c.json(await run)
  })

  app.get('/ingest/status', async (c) => {
    const page = validate(pageSchema, c.req.query(), 'query parameter')
    const [counts, failures] = await Promise.all([store.counts(), store.listFailures(page)])
    return c.json({ counts, failures })
  })

  return app
}

/** Pasted texts and uploads become articles; URLs go through the URL reader, private ones refused. */
async function* sourceItems(input: IngestBody, now: () => Date): AsyncGenerator<SourceItem> {
  const fetchedAt = now().toISOString()
  for (const [i, t] of input.texts.entries()) {
    const file = t.name || `pasted-${i + 1}.txt`
    const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(t.content)
    yield {
      ok: true,
      article: {
        uri: `upload:${file}`,
        file,
        fetchedAt,
        kind: isHtml ? 'html' : 'text',
        content: t.content,
      },
    }
  }
  for (const url of input.urls) {
    if (isPrivateUrl(url)) {
      yield {
        ok: false,
        uri: url,
        error: new AppError('PRIVATE_ADDRESS', {
          url,
          address: new URL(url).hostname,
          hint: SERVER_HINT,
        }),
      }
      continue
    }
    // The reader also refuses names that resolve to private addresses, and private redirect hops.
    for await (const item of readSources([url], { allowPrivate: false })) {
      if (!item.ok && isAppError(item.error) && item.error.code === 'PRIVATE_ADDRESS') {
        const { url: at, address } = item.error.params as { url: string; address: string }
        const error = new AppError('PRIVATE_ADDRESS', { url: at, address, hint: SERVER_HINT })
        yield { ok: false, uri: item.uri, error }
      } else yield item
    }
  }
}
