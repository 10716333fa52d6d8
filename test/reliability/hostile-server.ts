import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import iconv from 'iconv-lite'
import { seededRandom, syntheticArticle } from '../helpers/synthetic-corpus.js'

/** A loopback HTTP server that misbehaves in every way a news site can. */
export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  readonly base: string
  /** Paths requested so far, in order (to check retries and redirect handling). */
  readonly hits: string[]
  close(): Promise<void>
}

const page = (seed: number): string => {
  const text = syntheticArticle(seededRandom(seed), seed)
  const [outlet, date, headline, ...body] = text.split('\n\n').filter(Boolean)
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>${headline ?? ''}</title></head><body>` +
    `<header>${outlet ?? ''}</header><article><h1>${headline ?? ''}</h1><p class="date">${date ?? ''}</p>` +
    `${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
  )
}

const feed = (base: string): string =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Silk Road Monitor</title>` +
  ['/article/2', '/error/500', '/hang', '/loop/a', '/article/3']
    .map(
      (p, i) =>
        `<item><title>Entry ${i + 1}</title><link>${base}${p}</link><description>Short teaser ${i + 1}.</description></item>`,
    )
    .join('') +
  `</channel></rss>`

/** Starts the server on 127.0.0.1 with a free port. */
export async function startHostileServer(): Promise<HostileServer> {
  const sockets = new Set<Socket>()
  const hits: string[] = []
  let base = ''
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    hits.push(path)
    const html = (body: string | Buffer, type = 'text/html; charset=utf-8'): void => {
      res.writeHead(200, { 'content-type': type })
      res.end(body)
    }
    const article = /^\/article\/(\d+)$/.exec(path)
    if (article) return html(page(Number(article[1])))
    if (path === '/feed.xml') return html(feed(base), 'application/rss+xml')
    if (path === '/hang') return // accepts the request and never answers
    if (path === '/stall-body') {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.write('<html><body><p>The first words arrive, and then nothing') // and never ends
      return
    }
    if (path === '/error/500') {
      res.writeHead(500, { 'content-type': 'text/plain' })
      return res.end('Internal Server Error')
    }
    if (path === '/error/404') {
      res.writeHead(404)
      return res.end()
    }
    if (path === '/loop/a' || path === '/loop/b') {
      res.writeHead(302, { location: path === '/loop/a' ? '/loop/b' : '/loop/a' })
      return res.end()
    }
    const chain = /^\/chain\/(\d+)$/.exec(path)
    if (chain) {
      res.writeHead(301, { location: `/chain/${Number(chain[1]) + 1}` })
      return res.end()
    }
    if (path === '/huge-declared') {
      res.writeHead(200, {
        'content-type': 'text/html',
        'content-length': String(200 * 1024 * 1024),
      })
      return res.end('<html>')
    }
    if (path === '/huge-stream') {
      res.writeHead(200, { 'content-type': 'text/html' })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump)
      }
      return pump()
    }
    if (path === '/image')
      return html(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'image/png')
    if (path === '/lying-charset')
      return html(
        iconv.encode(page(8).replace('utf-8', 'windows-1251'), 'utf16le'),
        'text/html; charset=utf-8',
      )
    if (path === '/reset') return req.socket.destroy()
    res.writeHead(404)
    res.end()
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
