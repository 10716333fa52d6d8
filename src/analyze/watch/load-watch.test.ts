import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { isAppError } from '../../core/errors.js'
import { listWatches, loadWatch, parseWatch } from './load-watch.js'

const MINIMAL = `
id: mini
label: Mini
actor: { code: ARM, name: Armenia }
target: { code: AZE, name: Azerbaijan }
indicators:
  - { id: threats, label: Threats, domain: rhetoric, claims: [{ types: [THREATEN] }] }
hypotheses:
  - { id: war, label: War, consistency: { threats: CC } }
  - { id: talk, label: Talk }
`

function problem(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(isAppError(e) && e.code).toBe('CONFIG_INVALID')
    return (e as Error).message
  }
  throw new Error('expected CONFIG_INVALID')
}

describe('loadWatch', () => {
  test('the built-in rus-kaz watch covers the warning domains and rates every indicator', () => {
    expect(listWatches()).toContain('rus-kaz')
    const w = loadWatch('rus-kaz')
    expect([w.actor.code, w.target.code]).toEqual(['RUS', 'KAZ'])
    expect(new Set(w.indicators.map((i) => i.domain))).toEqual(
      new Set(['rhetoric', 'economic', 'military', 'information', 'political', 'cooperation']),
    )
    expect(w.indicators.some((i) => i.kind === 'counter')).toBe(true)
    expect(w.hypotheses.length).toBeGreaterThanOrEqual(3)
    for (const h of w.hypotheses)
      expect(Object.keys(h.consistency).sort()).toEqual(w.indicators.map((i) => i.id).sort())
  })

  test('a user file (YAML or JSON) loads by path, with defaults filled in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-watch-'))
    writeFileSync(join(dir, 'mini.yaml'), MINIMAL)
    const w = loadWatch(join(dir, 'mini.yaml'))
    expect(w.status_weights).toEqual({
      asserted: 1,
      alleged: 0.5,
      hypothetical: 0.25,
      denied: 0,
      negated: 0,
    })
    expect(w.indicators[0]?.claims[0]).toMatchObject({ from: ['actor'], to: ['target'] })
    writeFileSync(join(dir, 'mini.json'), JSON.stringify({ ...w, id: 'mini-json' }))
    expect(loadWatch(join(dir, 'mini.json')).id).toBe('mini-json')
  })

  test('an unknown id names it and lists the available watches', () => {
    const message = problem(() => loadWatch('rus-kz'))
    expect(message).toContain('"rus-kz"')
    expect(message).toContain('rus-kaz')
  })

  const invalid: Array<[string, string, string]> = [
    [
      'a hypothesis rating an unknown indicator',
      MINIMAL.replace('threats: CC', 'threat: CC'),
      'unknown indicator "threat"',
    ],
    [
      'a rating outside CC/C/N/I/II',
      MINIMAL.replace('threats: CC', 'threats: X'),
      'hypotheses.0.consistency.threats',
    ],
    [
      'an unknown PLOVER type',
      MINIMAL.replace('[THREATEN]', '[THREATS]'),
      'indicators.0.claims.0.types.0',
    ],
    [
      'a status weight above 1',
      `${MINIMAL}\nstatus_weights: { alleged: 2 }`,
      'status_weights.alleged',
    ],
    ['only one hypothesis', MINIMAL.replace(/ {2}- \{ id: talk.*\n/, ''), 'hypotheses'],
    ['broken YAML', 'id: [unclosed', 'bad.yaml'],
  ]
  test.each(invalid)('%s is CONFIG_INVALID with its path', (_label, text, expected) => {
    expect(problem(() => parseWatch(text, 'bad.yaml'))).toContain(expected)
  })
})
