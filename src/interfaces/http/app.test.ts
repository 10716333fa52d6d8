import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleStore, HOSTILE_TEXT } from '../../../test/e2e/example-store.js'
import { standardPipeline } from '../../presets.js'
import type { Store } from '../../store/store.js'
import { createApp } from './app.js'
import { DOCUMENTED_ROUTES } from './openapi.js'

let store: Store
let app: ReturnType<typeof createApp>
const logged: unknown[] = []

beforeAll(async () => {
  store = await exampleStore()
  app = createApp({ store, pipeline: standardPipeline(), log: (_m, e) => logged.push(e) })
})
afterAll(() => store.close())

const get = async (path: string) => {
  const res = await app.request(path)
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { items: never[] },
  }
}

describe('HTTP API over the example corpus', () => {
  it('lists documents with metadata and no text, and finds them by full text', async () => {
    const { status, body } = await get('/api/documents?limit=100')
    expect(status).toBe(200)
    expect(body.items.length).toBeGreaterThanOrEqual(14)
    expect(body.items[0]).toHaveProperty('chars')
    expect(body.items[0]).toHaveProperty('publisher')
    expect(body.items[0]).not.toHaveProperty('text')
    const hits = await get('/api/documents?q=Novorossiysk')
    expect(hits.body.items.map((d: { source: string }) => d.source)).toEqual(
      expect.arrayContaining([expect.stringContaining('kz-cpc-terminal-halt.txt')]),
    )
  })

  it('pages with limit/offset and says whether more rows exist', async () => {
    const first = await get('/api/documents?limit=5')
    const second = await get('/api/documents?limit=5&offset=5')
    expect(first.body).toMatchObject({ limit: 5, offset: 0, hasMore: true })
    const ids = (b: { items: Array<{ id: string }> }) => b.items.map((d) => d.id)
    expect(ids(second.body)).not.toContain(ids(first.body)[0])
    const all = await get('/api/documents?limit=500')
    expect(all.body['hasMore']).toBe(false)
  })

  it('returns a document whole: clean text, meta, sentences, mentions, events', async () => {
    const { body } = await get('/api/documents/fixture-harbour')
    expect(body).toMatchObject({ id: 'fixture-harbour', meta: { publisher: 'Harbour Dispatch' } })
    expect(body['text']).toContain(HOSTILE_TEXT)
    expect((body['sentences'] as unknown[]).length).toBe(4)
    expect(body['events']).toHaveLength(1)
    expect(body['entities']).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'KAZ' })]),
    )
    expect(body).not.toHaveProperty('bands')
  })

  it('filters events by dyad, type, status and dates', async () => {
    const { body } = await get(
      '/api/events?actor=rus&recipient=KAZ&type=threaten&status=asserted&from=2022-06-01&to=2022-06-30',
    )
    const docs = body.items.map((e: { doc: string }) => e.doc)
    expect(docs).toEqual(expect.arrayContaining(['fixture-harbour', 'fixture-lakeside']))
    for (const e of body.items as Array<{ actor: string; type: string; date: string }>) {
      expect(e).toMatchObject({ actor: 'RUS', type: 'THREATEN' })
      expect(e.date >= '2022-06-01' && e.date <= '2022-06-30').toBe(true)
    }
    expect((await get('/api/events?from=2030-01-01')).body.items).toEqual([])
  })

  it('lists entities, one entity with its events, quotes and claims', async () => {
    const ents = await get('/api/entities?type=COUNTRY')
    expect(ents.body.items.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(['KAZ', 'RUS']),
    )
    const kaz = await get('/api/entities/KAZ')
    expect(kaz.body).toMatchObject({ id: 'KAZ', type: 'COUNTRY' })
    expect((kaz.body['events'] as unknown[]).length).toBeGreaterThan(0)
    expect((await get('/api/quotes')).status).toBe(200)
    const claims = await get('/api/claims')
    const threat = claims.body.items.find((c: { firstMentions: Array<{ doc: string }> }) =>
      c.firstMentions.some((m) => m.doc === 'fixture-harbour'),
    ) as { id: string; status: string; mentionCount: number } | undefined
    expect(threat).toMatchObject({ status: 'corroborated', mentionCount: 2 })
    expect(threat).not.toHaveProperty('mentions')
    const whole = await get(`/api/claims/${threat?.id}`)
    expect(whole.body).toMatchObject({ id: threat?.id, status: 'corroborated' })
    expect(whole.body['mentions']).toHaveLength(2)
    expect((await get('/api/claims/no-such-claim')).status).toBe(404)
  })

  it('searches across documents, entities, events and quotes', async () => {
    const { body } = await get('/api/search?q=Kazakhstan')
    expect((body['documents'] as unknown[]).length).toBeGreaterThan(0)
    expect((body['entities'] as unknown[]).length).toBeGreaterThan(0)
    expect(JSON.stringify(body['documents'])).toContain('snippet')
  })

  it('evaluates the watches: risk series with contributions, indicators, ACH', async () => {
    const list = await get('/api/watches')
    expect(list.body.items.map((w: { id: string }) => w.id)).toContain('rus-kaz')
    const { status, body } = await get('/api/watches/rus-kaz')
    expect(status).toBe(200)
    const risk = body['risk'] as Array<{ risk: number; contributions: unknown[] }>
    expect(risk.length).toBeGreaterThan(0)
    for (const p of risk) expect(p.risk).toBeGreaterThanOrEqual(0)
    expect(risk.some((p) => p.contributions.length > 0)).toBe(true)
    expect((body['indicators'] as unknown[]).length).toBeGreaterThan(0)
    expect(body['ach']).toHaveProperty('matrix')
    expect((await get('/api/watches/nope')).status).toBe(404)
  })

  it('builds the actor network with mean PLOVER scores', async () => {
    const { body } = await get('/api/network')
    const edge = (
      body['edges'] as Array<{ source: string; target: string; meanScore: number }>
    ).find((e) => e.source === 'RUS' && e.target === 'KAZ')
    expect(edge?.meanScore).toBeLessThan(0)
  })

  it('reports ingest status with the reasons of failures', async () => {
    const { body } = await get('/api/ingest/status')
    expect(body['counts']).toHaveProperty('documents')
    expect(Array.isArray(body['failures'])).toBe(true)
  })

  it('serves an OpenAPI 3.1 document whose every GET route answers', async () => {
    const { body } = await get('/api/openapi.json')
    expect(body['openapi']).toBe('3.1.0')
    const claimId = String((await get('/api/claims?limit=1')).body.items[0]?.['id'])
    const ids: Record<string, string> = { watches: 'rus-kaz', entities: 'KAZ', claims: claimId }
    for (const r of DOCUMENTED_ROUTES.filter((x) => x.method === 'get')) {
      const kind = r.path.split('/')[2] ?? ''
      const path = r.path.replace('{id}', ids[kind] ?? 'fixture-harbour')
      const res = await app.request(path + (path.endsWith('/search') ? '?q=Astana' : ''))
      expect([path, res.status]).toEqual([path, 200])
    }
  })
})

describe('HTTP errors', () => {
  it.each([
    ['limit that is not a number', '/api/events?limit=ten', 'limit'],
    ['limit over the maximum', '/api/documents?limit=100000', 'limit'],
    ['unknown status', '/api/events?status=rumoured', 'status'],
    ['malformed date', '/api/events?from=June', 'from'],
    ['missing search words', '/api/search', 'q'],
    ['unknown claim status', '/api/claims?status=maybe', 'status'],
  ])('answers 400 BAD_REQUEST naming the field for a %s', async (_label, path, field) => {
    const { status, body } = await get(path)
    expect(status).toBe(400)
    expect(body['code']).toBe('BAD_REQUEST')
    expect(body['message']).toContain(`"${field}"`)
  })

  it.each([
    ['document', '/api/documents/nope'],
    ['entity', '/api/entities/nope'],
    ['claim', '/api/claims/nope'],
    ['route', '/api/nothing-here'],
  ])('answers 404 NOT_FOUND for an unknown %s', async (_label, path) => {
    const { status, body } = await get(path)
    expect([status, body['code']]).toEqual([404, 'NOT_FOUND'])
  })

  it('hides unexpected errors behind "Internal error" and logs them', async () => {
    const broken = Object.assign(Object.create(store) as Store, {
      counts: () => Promise.reject(new Error('disk on fire at /var/x')),
    })
    const res = await createApp({ store: broken, log: (_m, e) => logged.push(e) }).request(
      '/api/ingest/status',
    )
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ code: 'INTERNAL', message: 'Internal error' })
    expect(String(logged.at(-1))).toContain('disk on fire')
  })

  it('sets a strict Content-Security-Policy on every response', async () => {
    const res = await app.request('/api/documents')
    const csp = res.headers.get('content-security-policy') ?? ''
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(d)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
