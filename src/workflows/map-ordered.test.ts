import { describe, expect, it } from 'vitest'
import { mapOrdered } from './map-ordered.js'

async function* numbers(n: number, read: number[]): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    read.push(i)
    yield i
  }
}

const later = <T>(value: T, ms: number): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value), ms))

describe('mapOrdered', () => {
  it('yields results in input order although later items finish first', async () => {
    const out: number[] = []
    for await (const x of mapOrdered(numbers(6, []), (i) => later(i * 10, (6 - i) * 3), 4))
      out.push(x)
    expect(out).toEqual([0, 10, 20, 30, 40, 50])
  })

  it('never reads more than `window` items ahead of the consumer', async () => {
    const read: number[] = []
    let inFlight = 0
    let most = 0
    const fn = async (i: number): Promise<number> => {
      most = Math.max(most, ++inFlight)
      await later(null, 1)
      inFlight--
      return i
    }
    let consumed = 0
    for await (const _ of mapOrdered(numbers(50, read), fn, 3)) {
      consumed++
      expect(read.length - consumed).toBeLessThanOrEqual(3)
    }
    expect(consumed).toBe(50)
    expect(most).toBeLessThanOrEqual(3)
  })

  it('stops reading the source when the consumer stops early', async () => {
    const read: number[] = []
    for await (const x of mapOrdered(numbers(100, read), (i) => Promise.resolve(i), 2))
      if (x === 4) break
    expect(read.length).toBeLessThanOrEqual(7)
  })
})
