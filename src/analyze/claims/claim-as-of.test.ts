import { expect, test } from 'vitest'
import { claim } from '../../../test/helpers/analyze-claims.js'
import { claimAsOf } from './claim-as-of.js'

const c = {
  ...claim('c', { status: 'disputed' }),
  independentSources: 3,
  mentions: [
    { ...claim('x').mentions[0]!, origin: 'A', status: 'asserted' as const, date: '2024-01-05' },
    { ...claim('x').mentions[0]!, origin: 'B', status: 'asserted' as const, date: '2024-02-10' },
    { ...claim('x').mentions[0]!, origin: 'C', status: 'denied' as const, date: '2024-03-01' },
  ],
}

const cases: Array<[string, string, string | null, number]> = [
  ['before any mention', '2023-12-31', null, 0],
  ['after the first report', '2024-01-31', 'single-source', 1],
  ['after an independent second report', '2024-02-28', 'corroborated', 2],
  ['after the denial', '2024-03-31', 'disputed', 3],
]
test.each(cases)('%s (%s) → %s', (_label, date, status, sources) => {
  const at = claimAsOf(c, date)
  expect(at?.status ?? null).toBe(status)
  expect(at?.independentSources ?? 0).toBe(sources)
})
