import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { AppError } from '../../../core/errors.js'
import { standardPipeline } from '../../../presets.js'
import { openStore } from '../../../store/store.js'
import { createApp } from '../../http/app.js'
import { isLoopbackHost } from '../../http/security.js'
import { dbUrl, intOption, parse } from '../args.js'
import type { Output } from '../output.js'

const USAGE =
  'forewarn serve [--host 127.0.0.1] [--port 8080] [--token SECRET] [--db FILE|postgres://…]'

/**
 * `forewarn serve`: the HTTP API and dashboard. Listens on loopback unless given a token; with a
 * token, writes need it, and reads too when listening beyond loopback. Runs until SIGINT/SIGTERM.
 */
export async function serveCommand(argv: readonly string[], o: Output): Promise<number> {
  const { values } = parse(
    argv,
    { host: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' } },
    USAGE,
  )
  const host = values.host ?? '127.0.0.1'
  const port = intOption('port', values.port, 8080)
  const token = values.token ?? process.env['FOREWARN_TOKEN'] ?? undefined
  const loopback = isLoopbackHost(host)
  if (!loopback && !token)
    throw new AppError('USAGE', {
      problem: `Refusing to listen on ${host} without a token: anyone who can reach it could read and write the store`,
      hint: `Add --token SECRET (or set FOREWARN_TOKEN), or listen on 127.0.0.1. Usage: ${USAGE}`,
    })
  const store = await openStore(dbUrl(values.db))
  const app = createApp({
    store,
    pipeline: standardPipeline(),
    token,
    protectReads: !loopback,
    dashboardDir: await dashboardDir(o),
  })
  const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
    o.err(`forewarn serving http://${host.includes(':') ? `[${host}]` : host}:${info.port}/`)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new AppError('USAGE', {
          problem: `Cannot listen on ${host}:${port} (${e.code ?? e.message})`,
          hint: 'Choose another --port, or stop the program using it',
        }),
      ),
    )
    const stop = (): void => {
      server.close(() => resolve())
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  }).finally(() => store.close())
  return 0
}

/** The built dashboard next to this module; built on first start when running from sources. */
async function dashboardDir(o: Output): Promise<string> {
  const dir = fileURLToPath(new URL('../../web/dist/', import.meta.url))
  if (existsSync(`${dir}/index.html`)) return dir
  o.err('Building the dashboard…')
  const script = new URL('../../../../scripts/build-web.mjs', import.meta.url).href
  const { buildWeb } = (await import(script)) as { buildWeb: (out: string) => Promise<string> }
  return buildWeb(dir)
}
