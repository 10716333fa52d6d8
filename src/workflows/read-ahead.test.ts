import { describe, expect, it } from 'vitest'
import { readAhead } from './read-ahead.js'

async function* numbers(n: number, log: string[]): AsyncGenerator<number> {
  try {
    for (let i = 0; i < n; i++) {
      log.push(`read ${i}`)
      await new Promise((r) => setTimeout(r, 1))
      yield i
    }
  } finally {
    log.push('closed')
  }
}

describe('readAhead', () => {
  it('yields every item in order', async () => {
    const got: number[] = []
    for await (const x of readAhead(numbers(10, []), 3)) got.push(x)
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('reads ahead of the consumer, up to depth items', async () => {
    const log: string[] = []
    const it = readAhead(numbers(10, log), 3)[Symbol.asyncIterator]()
    await it.next()
    await new Promise((r) => setTimeout(r, 20))
    // Item 0 was consumed; items 1..3 are read while the consumer is busy, and no further.
    expect(log.filter((l) => l.startsWith('read'))).toEqual([
      'read 0',
      'read 1',
      'read 2',
      'read 3',
    ])
    await it.return(undefined)
  })

  it('closes the source when the consumer stops early', async () => {
    const log: string[] = []
    for await (const x of readAhead(numbers(10, log), 2)) if (x === 1) break
    expect(log.at(-1)).toBe('closed')
  })

  it('passes a source error on in its place', async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1
      throw new Error('disk gone')
    }
    const got: number[] = []
    await expect(
      (async () => {
        for await (const x of readAhead(failing(), 4)) got.push(x)
      })(),
    ).rejects.toThrow('disk gone')
    expect(got).toEqual([1])
  })
})
