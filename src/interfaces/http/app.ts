import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError } from '../../core/errors.js'
import type { Pipeline } from '../../core/pipeline.js'
import type { Store } from '../../store/store.js'
import { errorHandler, type Logger } from './errors.js'
import { openApiDocument } from './openapi.js'
import { corpusRoutes } from './routes/corpus.js'
import { exploreRoutes } from './routes/explore.js'
import { ingestRoutes } from './routes/ingest.js'
import { watchRoutes } from './routes/watches.js'
import { bearerAuth, securityHeaders } from './security.js'
import { responseCache } from './response-cache.js'
import { mountDashboard } from './static-assets.js'
import { analysisWatchSource, type WatchSource } from './watch-source.js'

/** Options for `createApp`. */
export interface AppOptions {
  readonly store: Store
  /** Pipeline for POST /api/ingest; without it ingest answers NOT_IMPLEMENTED. */
  readonly pipeline?: Pipeline | undefined
  /** Watch analysis. @default analysisWatchSource(store) */
  readonly watches?: WatchSource | undefined
  /** Bearer token; when set, write requests need it. */
  readonly token?: string | undefined
  /** Require the token for reads too (set when listening beyond loopback). @default false */
  readonly protectReads?: boolean | undefined
  /** Folder of the built dashboard; without it only the API is served. */
  readonly dashboardDir?: string | undefined
  /** Largest request body, in bytes. @default 25 MiB */
  readonly maxBodyBytes?: number | undefined
  /** Where unexpected errors are logged. @default console.error */
  readonly log?: Logger | undefined
  readonly version?: string | undefined
  /**
   * Keep JSON answers to GET /api requests until the store's data changes (stores with a
   * `dataVersion` only). @default true
   */
  readonly cacheResponses?: boolean | undefined
}

/**
 * The HTTP API and dashboard as a Hono app; `app.request()` drives it in tests and
 * `@hono/node-server` serves it (`forewarn serve`).
 */
export function createApp(options: AppOptions): Hono {
  const { store } = options
  const app = new Hono()
  const log = options.log ?? ((m, e) => console.error(m, e))
  app.onError(errorHandler(log))
  app.use('*', securityHeaders)
  app.use('/api/*', bearerAuth(options))
  const limitBody = bodyLimit({
    maxSize: options.maxBodyBytes ?? 25 * 1024 * 1024,
    onError: () => {
      throw new AppError('BAD_REQUEST', {
        field: 'body',
        problem: 'larger than the server accepts',
      })
    },
  })
  // Only requests that may carry a body: looking for one makes @hono/node-server build a full
  // web Request (streams, abort signal), ~0.2 ms of every GET (profile of serve under load).
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  )
  const dataVersion = store.dataVersion?.bind(store)
  if (dataVersion && options.cacheResponses !== false)
    app.use('/api/*', responseCache({ version: dataVersion }))
  const doc = openApiDocument(options.version ?? '0.1.0')
  app.get('/api/openapi.json', (c) => c.json(doc))
  app.route('/api', corpusRoutes(store))
  app.route('/api', exploreRoutes(store))
  app.route('/api', watchRoutes(options.watches ?? analysisWatchSource(store, { log })))
  app.route('/api', ingestRoutes({ store, pipeline: options.pipeline }))
  app.all('/api/*', (c) => {
    throw new AppError('NOT_FOUND', { what: 'API route', id: `${c.req.method} ${c.req.path}` })
  })
  if (options.dashboardDir) mountDashboard(app, options.dashboardDir)
  app.notFound((c) => c.json({ code: 'NOT_FOUND', message: `Nothing at ${c.req.path}.` }, 404))
  return app
}
