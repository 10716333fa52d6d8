import { Hono } from 'hono'
import type { DyadCounts, StoredEvent, Store } from '../../../store/store.js'
import { docSummary } from '../present.js'
import { networkQuerySchema, searchQuerySchema, validate } from '../validate.js'

/** Most events the network aggregates (the first by date); narrower dates show the rest. */
const NETWORK_MAX_EVENTS = 10_000

/** Search across documents, entities, events and quotes, and the actor network. */
export function exploreRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/search', async (c) => {
    const { q, limit } = validate(searchQuerySchema, c.req.query(), 'query parameter')
    const [docs, entities, events, quotes] = await Promise.all([
      store.listDocs({ q, limit, bare: true }),
      store.listEntities({ q, limit }),
      store.listEvents({ q, limit }),
      store.listQuotes({ q, limit }),
    ])
    return c.json({
      q,
      documents: docs.map((d) => ({ ...docSummary(d), snippet: snippet(d.text, q) })),
      entities,
      events,
      quotes,
    })
  })

  app.get('/network', async (c) => {
    const q = validate(networkQuerySchema, c.req.query(), 'query parameter')
    if (store.countDyads) {
      const counted = await store.countDyads(q, NETWORK_MAX_EVENTS)
      return c.json({
        ...networkOfCounts(counted.rows),
        truncated: counted.events >= NETWORK_MAX_EVENTS,
      })
    }
    const events = await store.listEvents({ ...q, limit: NETWORK_MAX_EVENTS })
    return c.json({ ...actorNetwork(events), truncated: events.length >= NETWORK_MAX_EVENTS })
  })

  return app
}

/** Up to 240 characters of `text` around the first word of `q` found in it. */
export function snippet(text: string, q: string): string {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const lower = text.toLowerCase()
  const at = Math.max(
    0,
    ...words
      .map((w) => lower.indexOf(w))
      .filter((i) => i >= 0)
      .slice(0, 1),
  )
  const start = Math.max(0, at - 80)
  return (start > 0 ? '…' : '') + text.slice(start, start + 240).replace(/\s+/g, ' ') + '…'
}

/** Nodes are actors; an edge joins actor → recipient with its event count and mean PLOVER score. */
export function actorNetwork(events: readonly StoredEvent[]) {
  return networkOfCounts(
    events.flatMap((e) =>
      e.actor && e.recipient && e.actor !== e.recipient
        ? [{ actor: e.actor, recipient: e.recipient, type: e.type, count: 1, scoreSum: e.score }]
        : [],
    ),
  )
}

/** The actor network from event counts per actor, recipient and type (`Store.countDyads`). */
export function networkOfCounts(rows: DyadCounts['rows']) {
  const nodes = new Map<string, number>()
  const edges = new Map<
    string,
    { source: string; target: string; count: number; sum: number; types: Record<string, number> }
  >()
  for (const e of rows) {
    nodes.set(e.actor, (nodes.get(e.actor) ?? 0) + e.count)
    nodes.set(e.recipient, (nodes.get(e.recipient) ?? 0) + e.count)
    const key = `${e.actor}>${e.recipient}`
    const edge = edges.get(key) ?? {
      source: e.actor,
      target: e.recipient,
      count: 0,
      sum: 0,
      types: {},
    }
    edge.count += e.count
    edge.sum += e.scoreSum
    edge.types[e.type] = (edge.types[e.type] ?? 0) + e.count
    edges.set(key, edge)
  }
  return {
    nodes: [...nodes].map(([id, events]) => ({ id, events })),
    edges: [...edges.values()].map(({ sum, ...e }) => ({
      ...e,
      meanScore: Math.round((sum / e.count) * 10) / 10,
    })),
  }
}
