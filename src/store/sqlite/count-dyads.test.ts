import { describe, expect, it } from 'vitest'
import type { StoredEvent } from '../store.js'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { SqliteStore } from './store.js'

const STATES = ['KAZ', 'RUS', 'UZB', null] as const

/** Groups events the slow way, as the network did before countDyads. */
function grouped(events: readonly StoredEvent[]) {
  const out = new Map<string, { actor: string; recipient: string; type: string; count: number; scoreSum: number }>() // prettier-ignore
  for (const e of events) {
    if (!e.actor || !e.recipient || e.actor === e.recipient) continue
    const key = `${e.actor}|${e.recipient}|${e.type}`
    const row = out.get(key) ?? { actor: e.actor, recipient: e.recipient, type: e.type, count: 0, scoreSum: 0 } // prettier-ignore
    row.count++
    row.scoreSum += e.score
    out.set(key, row)
  }
  return [...out.values()].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
}

describe('countDyads (SQLite)', () => {
  it('counts the first events of the list per actor, recipient and type, as listing them would', async () => {
    const store = new SqliteStore(':memory:')
    const base = sampleDoc(1).events[0] as StoredEvent
    // Undated events, self-directed ones and one-sided ones among them.
    const events = Array.from({ length: 240 }, (_, n): StoredEvent => ({
      ...base,
      id: `e${n}`,
      type: n % 3 ? 'REJECT' : 'CONSULT',
      actor: STATES[n % 4] ?? null,
      recipient: STATES[(n * 7) % 4] ?? null,
      score: n % 3 ? -4 : 1.5,
      status: n % 5 ? 'asserted' : 'alleged',
      date: n % 11 ? `2024-0${(n % 9) + 1}-0${(n % 7) + 1}` : null,
    }))
    await store.saveDoc(sampleDoc(1, { events }))
    for (const [query, max] of [
      [{}, 1000],
      [{}, 100],
      [{ status: 'alleged' }, 1000],
      [{ from: '2024-03-01', to: '2024-06-30' }, 30],
    ] as const) {
      const listed = await store.listEvents({ ...query, limit: max })
      const counted = await store.countDyads(query, max)
      const sorted = [...counted.rows].sort((a, b) =>
        JSON.stringify(a) < JSON.stringify(b) ? -1 : 1,
      )
      expect(sorted, JSON.stringify(query)).toEqual(grouped(listed))
      expect(counted.events).toBe(listed.length)
    }
    await store.close()
  })
})
