import { describe, expect, it } from 'vitest'
import type { Store } from '../store/store.js'
import { readWatchInput } from './watch-input.js'

/** A listing of `n` rows that answers pages the way the stores do (at most 10,000 at a time). */
const listing =
  (n: number) =>
  (page?: { limit?: number; offset?: number }): Promise<Array<{ n: number }>> => {
    const from = page?.offset ?? 0
    const to = Math.min(n, from + Math.min(page?.limit ?? 100, 10_000))
    return Promise.resolve(
      Array.from({ length: Math.max(0, to - from) }, (_, i) => ({ n: from + i })),
    )
  }

describe('readWatchInput', () => {
  it("reads every row of every kind, past the stores' page limit", async () => {
    const store = {
      listClaims: listing(3),
      listEvents: listing(25_003),
      listQuotes: listing(10_000),
      listDocs: listing(12_000),
      listEntities: listing(7),
    } as unknown as Store
    const input = await readWatchInput(store)
    expect(input.events).toHaveLength(25_003)
    expect(input.quotes).toHaveLength(10_000)
    expect(input.docs).toHaveLength(12_000)
    expect(input.claims).toHaveLength(3)
    expect(input.entities).toHaveLength(7)
  })
})
