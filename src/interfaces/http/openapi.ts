/** One query or path parameter of a route. */
interface Param {
  readonly name: string
  readonly in: 'query' | 'path'
  readonly type: 'string' | 'integer'
  readonly description: string
  readonly required?: boolean
  readonly enum?: readonly string[]
}

const q = (name: string, description: string, extra: Partial<Param> = {}): Param => ({
  name,
  in: 'query',
  type: 'string',
  description,
  ...extra,
})
const id = (what: string): Param => ({
  name: 'id',
  in: 'path',
  type: 'string',
  description: `${what} id`,
  required: true,
})
const PAGE = [
  q('limit', 'Rows per page, 1–500.', { type: 'integer' }),
  q('offset', 'Rows to skip.', { type: 'integer' }),
]
const STATUSES = ['asserted', 'alleged', 'denied', 'hypothetical', 'negated']

/** Every route: method, path, summary, parameters. The document below is generated from it. */
const ROUTES: ReadonlyArray<{
  method: 'get' | 'post'
  path: string
  summary: string
  params: readonly Param[]
  write?: boolean
}> = [
  {
    method: 'get',
    path: '/api/documents',
    summary: 'List documents in the order they were stored (full-text search with q).',
    params: [
      q('q', 'Full-text query over title and text.'),
      q('duplicates', 'Include near duplicates.', { enum: ['true', 'false'] }),
      ...PAGE,
    ],
  },
  {
    method: 'get',
    path: '/api/documents/{id}',
    summary:
      'One document: clean text, metadata, diagnostics, sentences, mentions, events, quotes.',
    params: [id('Document')],
  },
  {
    method: 'get',
    path: '/api/entities',
    summary: 'List resolved entities by mention count.',
    params: [
      q('type', 'Entity type.', { enum: ['COUNTRY', 'IGO', 'PERSON', 'ORG', 'PLACE'] }),
      q('country', 'ISO3 country.'),
      q('q', 'Name or alias substring.'),
      ...PAGE,
    ],
  },
  {
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'One entity with its events and quotes.',
    params: [id('Entity')],
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'List PLOVER events by date (undated first), document and position in it.',
    params: [
      q('actor', 'Actor code (ISO3 or IGO).'),
      q('recipient', 'Recipient code.'),
      q('type', 'PLOVER type.'),
      q('status', 'Event status.', { enum: STATUSES }),
      q('entity', 'Actor or recipient entity id.'),
      q('doc', 'Document id.'),
      q('from', 'First date (ISO, inclusive).'),
      q('to', 'Last date (ISO, inclusive).'),
      q('q', 'Words in the evidence sentence.'),
      ...PAGE,
    ],
  },
  {
    method: 'get',
    path: '/api/quotes',
    summary: 'List quotes with speakers.',
    params: [
      q('speaker', 'Speaker entity id.'),
      q('doc', 'Document id.'),
      q('q', 'Words in the quote.'),
      ...PAGE,
    ],
  },
  {
    method: 'get',
    path: '/api/claims',
    summary:
      'List claims across sources, best sourced first: status, independent sources, mentionCount and the first 3 mentions (firstMentions).',
    params: [
      q('status', 'Claim status.', {
        enum: ['corroborated', 'single-source', 'disputed', 'denied', 'unverified'],
      }),
      q('type', 'PLOVER type.'),
      ...PAGE,
    ],
  },
  {
    method: 'get',
    path: '/api/claims/{id}',
    summary: 'One claim with every mention: source, stance, evidence sentence, event.',
    params: [id('Claim')],
  },
  { method: 'get', path: '/api/watches', summary: 'List watches.', params: [] },
  {
    method: 'get',
    path: '/api/watches/{id}',
    summary:
      'A watch: risk series with contributions, indicators, ACH matrix, top claims. After the store changed, the previous report is answered with X-Stale: true while the next one is computed.',
    params: [id('Watch')],
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Search documents, entities, events and quotes.',
    params: [
      q('q', 'Words to find.', { required: true }),
      q('limit', 'Hits per kind, 1–100.', { type: 'integer' }),
    ],
  },
  {
    method: 'get',
    path: '/api/network',
    summary: 'Actor network: actor → recipient edges with event counts and mean PLOVER score.',
    params: [
      q('from', 'First date.'),
      q('to', 'Last date.'),
      q('status', 'Event status.', { enum: STATUSES }),
    ],
  },
  {
    method: 'post',
    path: '/api/ingest',
    summary:
      'Ingest URLs (private addresses refused) and/or pasted texts and files: {"urls": [...], "texts": [{"name", "content"}]}.',
    params: [],
    write: true,
  },
  {
    method: 'get',
    path: '/api/ingest/status',
    summary: 'Store counts and recent ingest failures with reasons.',
    params: PAGE,
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This document.', params: [] },
]

const ERROR = {
  description: 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
}

/** The OpenAPI 3.1 document of the HTTP API. */
export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of ROUTES) {
    paths[r.path] = {
      ...paths[r.path],
      [r.method]: {
        summary: r.summary,
        parameters: r.params.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required ?? false,
          description: p.description,
          schema: { type: p.type, ...(p.enum ? { enum: p.enum } : {}) },
        })),
        ...(r.method === 'post'
          ? {
              requestBody: {
                required: true,
                content: {
                  'application/json': { schema: { $ref: '#/components/schemas/IngestRequest' } },
                },
              },
            }
          : {}),
        ...(r.write ? { security: [{ bearer: [] }] } : {}),
        responses: {
          '200': { description: 'OK', content: { 'application/json': {} } },
          '400': ERROR,
          '401': ERROR,
          '404': ERROR,
          '500': ERROR,
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'forewarn API',
      version,
      description:
        'Read the evidence-linked picture of a corpus: documents, entities, PLOVER events, quotes, claims and watches. Errors are {code, message}. Lists answer {items, limit, offset, hasMore} in a stable order (no total count: it costs a scan on large stores). A GET may be answered from a cache that is dropped whenever the stored data changes; such answers carry X-Cache: hit.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' } },
        },
        IngestRequest: {
          type: 'object',
          properties: {
            urls: { type: 'array', items: { type: 'string', format: 'uri' }, maxItems: 100 },
            texts: {
              type: 'array',
              maxItems: 100,
              items: {
                type: 'object',
                required: ['content'],
                properties: { name: { type: 'string' }, content: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  }
}

/** Routes listed in the document, for the test that every one of them answers. */
export const DOCUMENTED_ROUTES = ROUTES.map((r) => ({ method: r.method, path: r.path }))
