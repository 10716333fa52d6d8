// `npm run load`: load test of `forewarn serve` (issue #9). Builds a synthetic store with 100k
// events (scripts/load-store.ts), starts the server on loopback from the sources (tsx), runs
// autocannon at a fixed rate against each main API route and prints p50/p99 latency and errors.
// Goal: p99 < 50 ms at 200 req/s with 0 errors. Exit status 1 when a route misses it.
//
// Flags: --db FILE (reuse or create this store; default a temp file), --events N (100000),
//        --rate R (200 req/s), --duration S (10 s per route), --connections C (10), --json,
//        --bust-cache (a distinct, ignored `_` parameter on every request, so the server's
//        response cache never answers and each request runs its queries: the uncached cost),
//        --only TEXT (only the routes whose name contains TEXT; repeatable),
//        --write-every MS (while routes are measured, another connection writes a row every MS
//        ms, as an ingest would: caches and watch reports go stale and are recomputed)
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    events: { type: 'string', default: '100000' },
    rate: { type: 'string', default: '200' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    'bust-cache': { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    'write-every': { type: 'string' },
  },
})
const GOAL_P99_MS = 50
const WARM_UP_REQUESTS = 30
const log = (s) => process.stderr.write(`${s}\n`)
const tsx = (args, opts = {}) =>
  execFileSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', ...opts })

const tmp = values.db ? undefined : mkdtempSync(join(tmpdir(), 'fw-load-'))
const db = values.db ?? join(tmp, 'load.db')
if (!existsSync(db)) {
  log(`load: building a store with ${values.events} events in ${db} …`)
  log(`load: ${tsx(['scripts/load-store.ts', '--db', db, '--events', values.events]).trim()}`)
} else log(`load: reusing ${db}`)

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
const port = await freePort()
const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'src/interfaces/cli/bin.ts', 'serve', '--db', db, '--port', String(port)],
  { stdio: ['ignore', 'ignore', 'pipe'] },
)
let serverErr = ''
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`serve did not start: ${serverErr}`)), 120_000)
  server.stderr.setEncoding('utf8').on('data', (s) => {
    serverErr += s
    if (/serving http/.test(serverErr)) {
      clearTimeout(timer)
      resolve()
    }
  })
  server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${serverErr}`)))
})
const base = `http://127.0.0.1:${port}`
log(`load: serve is up at ${base}`)

// Some real ids for the detail routes.
const docAt = async (offset) =>
  (await (await fetch(`${base}/api/documents?limit=1&offset=${offset}`)).json()).items[0]
// A document from the middle of a large store; a small one (--events) may not reach it.
const firstDoc = (await docAt(777)) ?? (await docAt(0))
const firstClaim = (await (await fetch(`${base}/api/claims?limit=1`)).json()).items[0]
const ROUTES = [
  ['/api/events (dyad filter)', ['/api/events?actor=RUS&recipient=KAZ&limit=50']],
  [
    '/api/events (type, status, dates)',
    ['/api/events?type=THREATEN&status=asserted&from=2023-01-01&to=2023-06-30&limit=50'],
  ],
  [
    '/api/events (deep page)',
    ['/api/events?limit=50&offset=20000', '/api/events?limit=50&offset=90000'],
  ],
  ['/api/events (full text q)', ['/api/events?q=pipeline&limit=20']],
  ['/api/documents', ['/api/documents?limit=20', '/api/documents?limit=20&offset=5000']],
  ['/api/documents (search q)', ['/api/documents?q=grain%20transit&limit=20']],
  ['/api/documents/:id', [`/api/documents/${firstDoc?.id}`]],
  ['/api/entities', ['/api/entities?limit=50', '/api/entities?type=PERSON&limit=50']],
  ['/api/claims', ['/api/claims?limit=50', '/api/claims?status=corroborated&limit=50']],
  ['/api/claims/:id', [`/api/claims/${firstClaim?.id}`]],
  [
    '/api/quotes (search q)',
    ['/api/quotes?q=pipeline&limit=20', '/api/quotes?q=no%20such%20words'],
  ],
  ['/api/watches/rus-kaz', ['/api/watches/rus-kaz']],
]

let busted = 0
const bust = (req) => ({
  ...req,
  path: `${req.path}${req.path.includes('?') ? '&' : '?'}_=${++busted}`,
})
const results = []
// Writes from another connection, as a running ingest makes them: each moves the store's data
// version. A failure record is the smallest write that does (and leaves the lists unchanged).
const writer = values['write-every'] ? new Database(db) : undefined
const writes = writer
  ? setInterval(() => {
      writer
        .prepare('INSERT INTO ingest_failures (uri, code, message, at) VALUES (?, ?, ?, ?)')
        .run('load://write', 'LOAD_WRITE', 'load test write', new Date().toISOString())
    }, Number(values['write-every']))
  : undefined
try {
  const chosen = ROUTES.filter(
    ([name]) => !values.only || values.only.some((t) => name.includes(t)),
  )
  for (const [name, paths] of chosen) {
    // Warm-up: the first uses of a route build caches and get its code compiled by the JIT;
    // measure the steady state (a few dozen requests per path, one at a time).
    for (let i = 0; i < WARM_UP_REQUESTS; i++)
      for (const path of paths) {
        const warm = await fetch(base + (values['bust-cache'] ? bust({ path }).path : path))
        if (warm.status !== 200 && i === 0) log(`load: ${name} answered ${warm.status} on warm-up`)
        await warm.arrayBuffer()
      }
    const r = await autocannon({
      url: base,
      requests: paths.map((path) =>
        values['bust-cache']
          ? { method: 'GET', path, setupRequest: bust }
          : { method: 'GET', path },
      ),
      connections: Number(values.connections),
      overallRate: Number(values.rate),
      duration: Number(values.duration),
    })
    const row = {
      route: name,
      requests: r.requests.total,
      rps: Math.round(r.requests.average),
      p50_ms: r.latency.p50,
      p99_ms: r.latency.p99,
      max_ms: r.latency.max,
      non2xx: r.non2xx,
      errors: r.errors + r.timeouts,
      // Other work on the machine shows in p99: note the 1-minute load average with each route.
      load1: Math.round(loadavg()[0] * 100) / 100,
    }
    row.ok = row.p99_ms < GOAL_P99_MS && row.non2xx === 0 && row.errors === 0
    results.push(row)
    log(
      `load: ${name}: p50 ${row.p50_ms} ms, p99 ${row.p99_ms} ms, errors ${row.errors + row.non2xx}, load average ${row.load1}`,
    )
  }
} finally {
  clearInterval(writes)
  writer?.close()
  server.kill('SIGTERM')
  if (tmp) rmSync(tmp, { recursive: true, force: true })
}
const [load1, load5] = loadavg()

const cache =
  (values['bust-cache'] ? 'busted' : 'on') +
  (values['write-every'] ? `, a write every ${values['write-every']} ms` : '')
if (values.json)
  console.log(JSON.stringify({ rate: Number(values.rate), cache, load1, load5, results }))
else {
  console.log(
    `\nforewarn serve at ${values.rate} req/s, ${values.duration} s per route, response cache ${cache}, load average ${load1.toFixed(2)} (1 min) ${load5.toFixed(2)} (5 min) (goal p99 < ${GOAL_P99_MS} ms, 0 errors)\n`,
  )
  console.log(
    [
      'route'.padEnd(36),
      'req',
      'req/s',
      'p50 ms',
      'p99 ms',
      'max ms',
      'non2xx',
      'errors',
      'load1',
      'goal',
    ].join('\t'),
  )
  for (const r of results)
    console.log(
      [
        r.route.padEnd(36),
        r.requests,
        r.rps,
        r.p50_ms,
        r.p99_ms,
        r.max_ms,
        r.non2xx,
        r.errors,
        r.load1,
        r.ok ? 'ok' : 'MISSED',
      ].join('\t'),
    )
}
process.exitCode = results.every((r) => r.ok) ? 0 : 1
