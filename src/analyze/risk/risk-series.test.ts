import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { claim } from '../../../test/helpers/analyze-claims.js'
import { evaluateWatch } from '../watch/evaluate-watch.js'
import { loadWatch } from '../watch/load-watch.js'
import type { Watch } from '../watch/watch-schema.js'
import { claimWeight } from './claim-weight.js'
import { riskSeries, type RiskItem } from './risk-series.js'

const watch: Watch = loadWatch('rus-kaz')
const item = (
  id: string,
  date: string | null,
  score: number,
  extra: Partial<RiskItem> = {},
): RiskItem => ({
  kind: 'claim',
  id,
  date,
  score,
  statusWeight: 1,
  sourcesFactor: 1,
  indicatorWeight: 1,
  indicators: [],
  ...extra,
})

describe('claimWeight', () => {
  const cases: Array<[string, Parameters<typeof claim>[1], number, number]> = [
    ['one asserting source', { mentions: [{ origin: 'A', status: 'asserted' }] }, 1, 1],
    [
      'two asserting sources: 1 + log2 2',
      {
        status: 'corroborated',
        mentions: [
          { origin: 'A', status: 'asserted' },
          { origin: 'B', status: 'asserted' },
        ],
      },
      1,
      2,
    ],
    [
      'four sources: 1 + log2 4',
      {
        status: 'corroborated',
        mentions: ['A', 'B', 'C', 'D'].map((o) => ({ origin: o, status: 'asserted' as const })),
      },
      1,
      3,
    ],
    [
      'alleged only',
      { status: 'unverified', mentions: [{ origin: 'A', status: 'alleged' }] },
      0.5,
      1,
    ],
    [
      'hypothetical only',
      { status: 'unverified', mentions: [{ origin: 'A', status: 'hypothetical' }] },
      0.25,
      1,
    ],
    ['denied only', { status: 'denied', mentions: [{ origin: 'A', status: 'denied' }] }, 0, 1],
    [
      'alleged and denied: alleged × disputed factor; the denier is not a supporting source',
      {
        status: 'disputed',
        mentions: [
          { origin: 'A', status: 'alleged' },
          { origin: 'B', status: 'denied' },
        ],
      },
      0.25,
      1,
    ],
  ]
  test.each(cases)('%s', (_label, fields, statusWeight, sourcesFactor) => {
    const w = claimWeight(claim('c', fields), watch)
    expect(w.statusWeight).toBeCloseTo(statusWeight)
    expect(w.sourcesFactor).toBeCloseTo(sourcesFactor)
    expect(w.strength).toBeCloseTo(statusWeight * sourcesFactor)
  })

  test('status weights come from the watch file', () => {
    const strict: Watch = { ...watch, status_weights: { ...watch.status_weights, alleged: 0.1 } }
    const c = claim('c', { status: 'unverified', mentions: [{ origin: 'A', status: 'alleged' }] })
    expect(claimWeight(c, strict).statusWeight).toBeCloseTo(0.1)
  })
})

describe('riskSeries', () => {
  test('contributions sum to each point: pressure exactly, risk shares to the risk', () => {
    const items = [
      item('threat', '2024-01-10', -6),
      item('deal', '2024-02-03', 5),
      item('troops', '2024-03-20', -8, { indicatorWeight: 2, sourcesFactor: 2 }),
      item('quote', '2024-03-25', -4, { kind: 'quote', statusWeight: 1 }),
    ]
    const { points } = riskSeries(items, watch, '2024-04-15')
    expect(points.map((p) => p.period)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04'])
    expect(points.at(-1)?.date).toBe('2024-04-15')
    for (const p of points) {
      expect(p.contributions.reduce((s, c) => s + c.pressure, 0)).toBeCloseTo(p.pressure, 12)
      expect(p.contributions.reduce((s, c) => s + c.risk, 0)).toBeCloseTo(p.risk, 12)
      expect(p.risk).toBeCloseTo(Math.tanh(Math.max(0, p.pressure) / watch.risk.scale), 12)
    }
    // January: only the threat, 21 days old at the end of the month.
    const jan = points[0]!
    expect(jan.contributions.map((c) => c.id)).toEqual(['threat'])
    expect(jan.pressure).toBeCloseTo(0.6 * 0.5 ** (21 / watch.risk.half_life_days), 12)
  })

  test('cooperation lowers pressure, and risk never goes below 0', () => {
    const { points } = riskSeries([item('deal', '2024-02-03', 8)], watch, '2024-02-28')
    expect(points.at(-1)?.pressure).toBeLessThan(0)
    expect(points.at(-1)?.risk).toBe(0)
    expect(points.at(-1)?.contributions.every((c) => c.risk === 0)).toBe(true)
  })

  test('undated items count at the last point only and are listed', () => {
    const { points, undated } = riskSeries(
      [item('a', '2024-01-05', -6), item('u', null, -6)],
      watch,
      '2024-03-01',
    )
    expect(undated).toEqual(['u'])
    expect(points.slice(0, -1).every((p) => p.contributions.every((c) => c.id !== 'u'))).toBe(true)
    expect(points.at(-1)?.contributions.some((c) => c.id === 'u')).toBe(true)
  })

  test('weekly points carry ISO week labels', () => {
    const weekly: Watch = { ...watch, risk: { ...watch.risk, interval: 'week' } }
    const { points } = riskSeries([item('a', '2024-12-30', -6)], weekly, '2025-01-12')
    expect(points.map((p) => p.period)).toEqual(['2025-W01', '2025-W02'])
  })

  test('property: risk stays in [0, 1] and shares always add up', () => {
    const arb = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 700 }),
        score: fc.integer({ min: -10, max: 10 }),
        w: fc.constantFrom(0, 0.25, 0.5, 1),
      }),
      { maxLength: 30 },
    )
    fc.assert(
      fc.property(arb, (xs) => {
        const items = xs.map((x, i) =>
          item(
            `i${i}`,
            new Date(Date.UTC(2023, 0, 1) + x.day * 86_400_000).toISOString().slice(0, 10),
            x.score,
            { statusWeight: x.w },
          ),
        )
        for (const p of riskSeries(items, watch, '2024-12-31').points) {
          if (p.risk < 0 || p.risk > 1) return false
          if (Math.abs(p.contributions.reduce((s, c) => s + c.risk, 0) - p.risk) > 1e-9)
            return false
        }
        return true
      }),
    )
  })
})

describe('evaluateWatch risk', () => {
  test('a disputed threat weighs less than the same threat asserted by two outlets', () => {
    const date = '2024-09-20'
    const disputed = claim('d', {
      status: 'disputed',
      date,
      mentions: [
        { origin: 'A', status: 'alleged' },
        { origin: 'B', status: 'denied' },
      ],
    })
    const corroborated = claim('c', {
      status: 'corroborated',
      date,
      mentions: [
        { origin: 'A', status: 'asserted' },
        { origin: 'B', status: 'asserted' },
      ],
    })
    const risk = (c: ReturnType<typeof claim>) =>
      evaluateWatch(watch, { claims: [c], docs: [] }).risk.points.at(-1)?.risk ?? NaN
    expect(risk(disputed)).toBeGreaterThan(0)
    expect(risk(disputed)).toBeLessThan(risk(corroborated))
  })
})

describe('evaluateWatch: a claim’s weight follows its status over time', () => {
  test('single-source, then corroborated, then disputed', () => {
    const base = claim('c', { date: '2024-01-10' })
    const c = {
      ...base,
      status: 'disputed' as const,
      independentSources: 3,
      lastSeen: '2024-04-02',
      mentions: [
        { ...base.mentions[0]!, origin: 'A', status: 'asserted' as const, date: '2024-01-10' },
        { ...base.mentions[0]!, origin: 'B', status: 'asserted' as const, date: '2024-03-05' },
        { ...base.mentions[0]!, origin: 'C', status: 'denied' as const, date: '2024-04-02' },
      ],
    }
    const e = evaluateWatch(watch, { claims: [c], docs: [] }, { asOf: '2024-04-30' })
    const weights = e.risk.points.map((p) => {
      const k = p.contributions.find((x) => x.id === 'c')
      return [p.period, k?.statusWeight, k?.sourcesFactor]
    })
    expect(weights).toEqual([
      ['2024-01', 1, 1],
      ['2024-02', 1, 1],
      ['2024-03', 1, 2],
      ['2024-04', watch.disputed_factor, 2],
    ])
    // As of February the claim is single-source, and the denial is not known yet.
    const feb = evaluateWatch(watch, { claims: [c], docs: [] }, { asOf: '2024-02-15' })
    expect(feb.claims[0]?.status).toBe('single-source')
    expect(feb.claims[0]?.mentions).toHaveLength(1)
  })
})

describe('evaluateWatch: malformed dates', () => {
  test.each([['not a date'], ['2024-13-45'], ['']])(
    '"%s" is treated as undated, never NaN',
    (bad) => {
      const c = { ...claim('c', { date: '2024-01-10' }), firstSeen: bad, lastSeen: bad }
      const e = evaluateWatch(watch, { claims: [c, claim('ok', { date: '2024-02-01' })], docs: [] })
      expect(e.risk.undated).toContain('c')
      for (const p of e.risk.points)
        expect(Number.isFinite(p.risk) && Number.isFinite(p.pressure)).toBe(true)
    },
  )
})
