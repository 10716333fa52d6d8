import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A route handler of the loopback test server. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void

/** A node:http server on 127.0.0.1 with a random port, for URL and feed fetching tests. */
export interface LoopbackServer {
  readonly base: string
  /** User-Agent header of every request, in order. */
  readonly agents: string[]
  /** Requests per path. */
  readonly hits: Map<string, number>
  close(): Promise<void>
}

/** Starts a loopback server that answers each path with its route, or 404. */
export async function startLoopbackServer(routes: Record<string, Route>): Promise<LoopbackServer> {
  const agents: string[] = []
  const hits = new Map<string, number>()
  const open = new Set<ServerResponse>()
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    agents.push(String(req.headers['user-agent']))
    hits.set(path, (hits.get(path) ?? 0) + 1)
    open.add(res)
    res.on('close', () => open.delete(res))
    const route = routes[path]
    if (route) route(req, res)
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    agents,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging routes never end their response; destroy them so close() returns.
        for (const res of open) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
