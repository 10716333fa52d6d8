import { z } from 'zod'
import { AppError } from '../../core/errors.js'
import { EVENT_STATUSES } from '../../core/model.js'

/** Parses `input` with `schema`; the first problem becomes BAD_REQUEST naming its field. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: string,
): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const path = issue?.path.map(String).join('.')
  throw new AppError('BAD_REQUEST', {
    field: path ? `${where} "${path}"` : where,
    problem: issue?.message ?? 'not valid',
  })
}

const text = (max: number) => z.string().trim().min(1).max(max)
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date like 2024-05-31 (or 2024-05, 2024)')

/** Pagination shared by every list: `limit` 1–500 (default 50) and `offset` ≥ 0. */
export const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
})

/** Actor/recipient codes: ISO3 states or IGO short names. */
const actorCode = z
  .string()
  .regex(/^[A-Za-z]{2,10}$/, 'expected an ISO 3166-1 alpha-3 code or an IGO short name')
  .transform((s) => s.toUpperCase())

export const eventQuerySchema = pageSchema.extend({
  actor: actorCode.optional(),
  recipient: actorCode.optional(),
  type: z
    .string()
    .regex(/^[A-Za-z]+$/, 'expected a PLOVER type such as THREATEN')
    .transform((s) => s.toUpperCase())
    .optional(),
  status: z.enum(EVENT_STATUSES as [string, ...string[]]).optional(),
  entity: text(200).optional(),
  doc: text(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: text(200).optional(),
})

export const docQuerySchema = pageSchema.extend({
  q: text(200).optional(),
  duplicates: z.enum(['true', 'false']).optional(),
})

export const entityQuerySchema = pageSchema.extend({
  type: z.enum(['COUNTRY', 'IGO', 'PERSON', 'ORG', 'PLACE']).optional(),
  country: actorCode.optional(),
  q: text(200).optional(),
})

export const quoteQuerySchema = pageSchema.extend({
  speaker: text(200).optional(),
  doc: text(200).optional(),
  q: text(200).optional(),
})

export const claimQuerySchema = pageSchema.extend({
  status: z.enum(['corroborated', 'single-source', 'disputed', 'denied', 'unverified']).optional(),
  type: z
    .string()
    .regex(/^[A-Za-z]+$/, 'expected a PLOVER type such as THREATEN')
    .transform((s) => s.toUpperCase())
    .optional(),
})

export const searchQuerySchema = z.object({
  q: text(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

export const networkQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(EVENT_STATUSES as [string, ...string[]]).optional(),
})

/** Body of POST /api/ingest: URLs to fetch and/or pasted texts or uploaded files. */
export const ingestBodySchema = z
  .object({
    urls: z
      .array(
        z
          .string()
          .trim()
          .max(2000)
          .refine(
            (u) => /^https?:\/\/[^\s]+$/i.test(u) && URL.canParse(u),
            'expected an http(s) URL',
          ),
      )
      .max(100)
      .default([]),
    texts: z
      .array(
        z.object({
          name: z
            .string()
            .trim()
            .max(200)
            .regex(/^[^/\\]*$/, 'a file name without folders')
            .optional(),
          content: z.string().min(1).max(5_000_000),
        }),
      )
      .max(100)
      .default([]),
  })
  .refine((b) => b.urls.length + b.texts.length > 0, 'give at least one URL or text')

export type IngestBody = z.output<typeof ingestBodySchema>
