import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { Hono } from 'hono'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * Serves the built dashboard from `dir`, read once into memory: only the files that exist at
 * start are served (so no path from the request ever reaches the file system).
 */
export function mountDashboard(app: Hono, dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    app.get('/', (c) =>
      c.text(
        'The dashboard is not built. Run "npm run build" (or node scripts/build-web.mjs).',
        503,
      ),
    )
    return
  }
  const files = new Map<string, { body: Uint8Array; type: string }>()
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)]
    if (type) files.set(`/${name}`, { body: new Uint8Array(readFileSync(join(dir, name))), type })
  }
  app.get('*', (c, next) => {
    const file = files.get(c.req.path === '/' ? '/index.html' : c.req.path)
    if (!file) return next()
    const cache = c.req.path === '/' || c.req.path.endsWith('.html') ? 'no-cache' : 'max-age=300'
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.type,
      'Cache-Control': cache,
    })
  })
}
