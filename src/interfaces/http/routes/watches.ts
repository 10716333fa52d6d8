import { Hono } from 'hono'
import { AppError } from '../../../core/errors.js'
import type { WatchSource } from '../watch-source.js'

/** GET /watches and /watches/:id (risk series with contributions, indicators, ACH). */
export function watchRoutes(watches: WatchSource): Hono {
  const app = new Hono()
  app.get('/watches', async (c) => c.json({ items: await watches.list() }))
  app.get('/watches/:id', async (c) => {
    const id = c.req.param('id')
    const answer = await watches.report(id)
    if (!answer) throw new AppError('NOT_FOUND', { what: 'watch', id })
    // A stale report (the store changed; a fresh one is being computed) must not be kept by
    // the response cache, which would answer it until the next write.
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (answer.stale) Object.assign(headers, { 'Cache-Control': 'no-store', 'X-Stale': 'true' })
    return c.body(answer.body, 200, headers)
  })
  return app
}
