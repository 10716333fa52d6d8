import { z } from 'zod'
import { EVENT_TYPES, type EventType } from '../../core/model.js'

const PLOVER_TYPES = EVENT_TYPES as readonly [EventType, ...EventType[]]
const CLAIM_STATUSES = [
  'corroborated',
  'single-source',
  'disputed',
  'denied',
  'unverified',
] as const

/** Heuer's consistency ratings: very consistent … very inconsistent. */
export const CONSISTENCY = ['CC', 'C', 'N', 'I', 'II'] as const
export type Consistency = (typeof CONSISTENCY)[number]

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id')
/** `actor` / `target` (the watch's own states), `any`, `none` (no recipient), or a code. */
const endpoint = z.string().min(1)
const terms = z.array(z.string().min(2)).min(1)

const threshold = z.object({
  /** Weighted hits in the recent window needed at least. */
  min: z.number().nonnegative(),
  /** Recent weighted hits must be at least this multiple of the baseline rate. */
  ratio: z.number().nonnegative(),
})

const thresholds = z.object({ amber: threshold, red: threshold }).strict()

/** A rule over claims: all given conditions must hold. */
const claimRule = z
  .object({
    types: z.array(z.enum(PLOVER_TYPES)).min(1).optional(),
    from: z.array(endpoint).min(1).default(['actor']),
    to: z.array(endpoint).min(1).default(['target']),
    /** At least one term must occur in a mention's evidence (whole words, case-insensitive). */
    terms: terms.optional(),
    statuses: z.array(z.enum(CLAIM_STATUSES)).min(1).optional(),
    /** Sectors of the actor entity (GOV, MIL, LEG …); claims by unknown entities still match. */
    sectors: z.array(z.string()).min(1).optional(),
  })
  .strict()

/** A rule over quotes: a speaker of the given states saying one of the terms. */
const quoteRule = z
  .object({
    speakers: z.array(endpoint).min(1).default(['actor']),
    terms,
    /** PLOVER-like score the quote carries into the risk series (negative = hostile). */
    score: z.number().min(-10).max(10).default(-3),
  })
  .strict()

const indicator = z
  .object({
    id: slug,
    label: z.string().min(1),
    domain: z.string().min(1),
    /** `warning` raises concern when active; `counter` (aid, cooperation) lowers it. */
    kind: z.enum(['warning', 'counter']).default('warning'),
    description: z.string().optional(),
    weight: z.number().positive().default(1),
    claims: z.array(claimRule).default([]),
    quotes: z.array(quoteRule).default([]),
    thresholds: thresholds.optional(),
  })
  .strict()
  .refine(
    (i) => i.claims.length + i.quotes.length > 0,
    'an indicator needs a claims or quotes rule',
  )

const hypothesis = z
  .object({
    id: slug,
    label: z.string().min(1),
    description: z.string().optional(),
    /** Consistency of each indicator with this hypothesis; indicators left out are N. */
    consistency: z.record(z.string(), z.enum(CONSISTENCY)).default({}),
  })
  .strict()

const state = z.object({ code: z.string().min(2), name: z.string().min(1) }).strict()

/** Schema of a watch file (YAML or JSON). Snake case, as users write it. */
export const watchSchema = z
  .object({
    id: slug,
    label: z.string().min(1),
    description: z.string().optional(),
    actor: state,
    target: state,
    status_weights: z
      .object({
        asserted: z.number().min(0).max(1).default(1),
        alleged: z.number().min(0).max(1).default(0.5),
        hypothetical: z.number().min(0).max(1).default(0.25),
        denied: z.number().min(0).max(1).default(0),
        negated: z.number().min(0).max(1).default(0),
      })
      .strict()
      .prefault({}),
    /** Factor on a disputed claim's weight (someone credible denies it). */
    disputed_factor: z.number().min(0).max(1).default(0.5),
    risk: z
      .object({
        half_life_days: z.number().positive().default(90),
        interval: z.enum(['week', 'month']).default('month'),
        /** Pressure at which risk = tanh(1) ≈ 0.76. */
        scale: z.number().positive().default(3),
        /** Points before the as-of date when the corpus is older. */
        max_points: z.number().int().positive().default(36),
      })
      .strict()
      .prefault({}),
    baseline: z
      .object({
        recent_days: z.number().int().positive().default(90),
        baseline_days: z.number().int().positive().default(730),
      })
      .strict()
      .prefault({}),
    thresholds: thresholds.default({ amber: { min: 1, ratio: 1.5 }, red: { min: 2, ratio: 3 } }),
    /** Weighted hits at which an indicator counts as fully present in ACH. */
    ach_saturation: z.number().positive().default(2),
    indicators: z.array(indicator).min(1),
    hypotheses: z.array(hypothesis).min(2),
  })
  .strict()
  .superRefine((w, ctx) => {
    const ids = new Set(w.indicators.map((i) => i.id))
    if (ids.size !== w.indicators.length)
      ctx.addIssue({
        code: 'custom',
        message: 'indicator ids must be unique',
        path: ['indicators'],
      })
    w.hypotheses.forEach((h, n) => {
      for (const key of Object.keys(h.consistency))
        if (!ids.has(key))
          ctx.addIssue({
            code: 'custom',
            message: `hypothesis "${h.id}" rates unknown indicator "${key}"`,
            path: ['hypotheses', n, 'consistency', key],
          })
    })
  })

/** A validated watch with every default filled in. */
export type Watch = z.output<typeof watchSchema>
export type WatchIndicator = Watch['indicators'][number]
export type WatchHypothesis = Watch['hypotheses'][number]
export type ClaimRule = WatchIndicator['claims'][number]
export type QuoteRule = WatchIndicator['quotes'][number]
export type Thresholds = Watch['thresholds']
