import { describe, expect, test } from 'vitest'
import type { IndicatorResult } from '../watch/evaluation.js'
import { parseWatch } from '../watch/load-watch.js'
import { evaluateAch } from './evaluate-ach.js'

// A small watch written for this test: two indicators, three hypotheses.
const watch = parseWatch(
  `
id: test-ach
label: Test
actor: { code: RUS, name: Russia }
target: { code: KAZ, name: Kazakhstan }
ach_saturation: 2
indicators:
  - { id: a, label: A, domain: x, weight: 1, claims: [{ types: [THREATEN] }] }
  - { id: b, label: B, domain: x, weight: 2, claims: [{ types: [MOBILIZE] }] }
hypotheses:
  - { id: h1, label: H1, consistency: { a: I, b: C } }
  - { id: h2, label: H2, consistency: { a: C, b: II } }
  - { id: h3, label: H3 }
`,
  'test-ach.yaml',
)

const results = (current: Record<string, number>): IndicatorResult[] =>
  watch.indicators.map((i) => ({
    id: i.id,
    label: i.label,
    domain: i.domain,
    kind: i.kind,
    weight: i.weight,
    level: 'green',
    recent: 0,
    baseline: 0,
    total: current[i.id] ?? 0,
    current: current[i.id] ?? 0,
    reason: '',
    hits: [],
  }))

describe('evaluateAch', () => {
  test('weighted inconsistency by hand: lowest leads, diagnosticity is the rating spread', () => {
    // Strengths: a = 1/2 = 0.5 (weight 0.5), b = 0.5/2 = 0.25 (weight 2 × 0.25 = 0.5).
    const ach = evaluateAch(watch, results({ a: 1, b: 0.5 }))
    const score = Object.fromEntries(
      ach.hypotheses.map((h) => [h.id, [h.inconsistency, h.consistency, h.rank]]),
    )
    expect(score['h1']).toEqual([0.5, 0.5, 2]) // I on a: 0.5 × 1; C on b: 0.5 × 1
    expect(score['h2']).toEqual([1, 0.5, 3]) // II on b: 0.5 × 2; C on a: 0.5 × 1
    expect(score['h3']).toEqual([0, 0, 1]) // all N
    expect(ach.leader).toBe('h3')
    expect(ach.matrix.map((r) => [r.indicator, r.strength, r.weight, r.diagnosticity])).toEqual([
      ['a', 0.5, 0.5, 2],
      ['b', 0.25, 0.5, 3],
    ])
    expect(ach.matrix[1]?.ratings).toEqual({ h1: 'C', h2: 'II', h3: 'N' })
  })

  test('flips: the smallest change of one indicator that lets another hypothesis tie the leader', () => {
    const ach = evaluateAch(watch, results({ a: 1, b: 0.5 }))
    // Less b: h2 loses 4 per unit of b strength; the gap of 1 closes after 0.25 (0.5 weighted hits).
    // Less a: h1 loses 1 per unit; the gap of 0.5 closes after 0.5.
    expect(ach.flips).toEqual([
      { indicator: 'b', direction: 'less', deltaStrength: 0.25, deltaHits: 0.5, newLeader: 'h2' },
      { indicator: 'a', direction: 'less', deltaStrength: 0.5, deltaHits: 1, newLeader: 'h1' },
    ])
  })

  test('a tie won on consistency flips with any evidence against the leader', () => {
    // a absent, b saturated: h1 and h3 both have 0 inconsistency; h1 leads on consistency.
    const ach = evaluateAch(watch, results({ a: 0, b: 5 }))
    expect(ach.hypotheses.map((h) => h.id)).toEqual(['h1', 'h3', 'h2'])
    expect(ach.flips[0]).toEqual({
      indicator: 'a',
      direction: 'more',
      deltaStrength: 0,
      deltaHits: 0,
      newLeader: 'h3',
    })
  })

  test('strength saturates at 1 and no evidence ranks in file order', () => {
    expect(evaluateAch(watch, results({ b: 100 })).matrix[1]?.strength).toBe(1)
    const none = evaluateAch(watch, results({}))
    expect(none.hypotheses.map((h) => [h.id, h.inconsistency])).toEqual([
      ['h1', 0],
      ['h2', 0],
      ['h3', 0],
    ])
  })
})
