import { Hono } from 'hono'
import { AppError } from '../../../core/errors.js'
import type { WatchSource } from '../watch-source.js'

/** GET /watches and /watches/:id (risk series with contributions, indicators, ACH). */
export function watchRoutes(watches: WatchSource): Hono {
  const app = new Hono()
  // A report stays the same object until the store changes (see WatchSource): its JSON, ~190 KB
  // on a large store and 2-3 ms to write, is made once per report.
  const bodies = new WeakMap<object, string>()
  app.get('/watches', async (c) => c.json({ items: await watches.list() }))
  app.get('/watches/:id', async (c) => {
    const id = c.req.param('id')
    const report = await watches.report(id)
    if (!report) throw new AppError('NOT_FOUND', { what: 'watch', id })
    let body = bodies.get(report)
    if (body === undefined) bodies.set(report, (body = JSON.stringify(report)))
    return c.body(body, 200, { 'Content-Type': 'application/json' })
  })
  return app
}
