import { Hono } from 'hono'
import { AppError } from '../../../core/errors.js'
import type { Store } from '../../../store/store.js'
import { docDetail, docSummary, paged } from '../present.js'
import {
  claimQuerySchema,
  docQuerySchema,
  entityQuerySchema,
  eventQuerySchema,
  quoteQuerySchema,
  validate,
} from '../validate.js'

/** Read-only routes over what the store holds: documents, entities, events, quotes, claims. */
export function corpusRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/documents', async (c) => {
    const { duplicates, ...q } = validate(docQuerySchema, c.req.query(), 'query parameter')
    const page = await paged(q, (limit, offset) =>
      store.listDocs({ ...q, limit, offset, includeDuplicates: duplicates === 'true', bare: true }),
    )
    return c.json({ ...page, items: page.items.map(docSummary) })
  })

  app.get('/documents/:id', async (c) => {
    const id = c.req.param('id')
    const doc = await store.getDoc(id)
    if (!doc) throw new AppError('NOT_FOUND', { what: 'document', id })
    const ids = [...new Set(doc.mentions.map((m) => m.entity))]
    const entities = (await store.getEntities(ids)).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      country: e.country,
    }))
    return c.json({ ...docDetail(doc), entities })
  })

  app.get('/entities', async (c) => {
    const q = validate(entityQuerySchema, c.req.query(), 'query parameter')
    return c.json(await paged(q, (limit, offset) => store.listEntities({ ...q, limit, offset })))
  })

  app.get('/entities/:id', async (c) => {
    const id = c.req.param('id')
    const entity = await store.getEntity(id)
    if (!entity) throw new AppError('NOT_FOUND', { what: 'entity', id })
    const [events, quotes] = await Promise.all([
      store.listEvents({ entity: id, limit: 50 }),
      store.listQuotes({ speaker: id, limit: 50 }),
    ])
    return c.json({ ...entity, events, quotes })
  })

  app.get('/events', async (c) => {
    const q = validate(eventQuerySchema, c.req.query(), 'query parameter')
    return c.json(await paged(q, (limit, offset) => store.listEvents({ ...q, limit, offset })))
  })

  app.get('/quotes', async (c) => {
    const q = validate(quoteQuerySchema, c.req.query(), 'query parameter')
    return c.json(await paged(q, (limit, offset) => store.listQuotes({ ...q, limit, offset })))
  })

  // A list item carries a claim's first mentions and their count; /claims/:id has them all (a
  // page of 50 whole claims was 173 KB on the load-test store, and most of its p99).
  app.get('/claims', async (c) => {
    const q = validate(claimQuerySchema, c.req.query(), 'query parameter')
    return c.json(await paged(q, (limit, offset) => store.listClaimItems({ ...q, limit, offset })))
  })

  app.get('/claims/:id', async (c) => {
    const id = c.req.param('id')
    const claim = await store.getClaim(id)
    if (!claim) throw new AppError('NOT_FOUND', { what: 'claim', id })
    return c.json(claim)
  })

  return app
}
