import { Hono } from 'hono'
import { AppError } from '../../../core/errors.js'
import type { WatchSource } from '../watch-source.js'

/** GET /watches and /watches/:id (risk series with contributions, indicators, ACH). */
export function watchRoutes(watches: WatchSource): Hono {
  const app = new Hono()
  app.get('/watches', async (c) => c.json({ items: await watches.list() }))
  app.get('/watches/:id', async (c) => {
    const id = c.req.param('id')
    const report = await watches.report(id)
    if (!report) throw new AppError('NOT_FOUND', { what: 'watch', id })
    return c.json(report)
  })
  return app
}
