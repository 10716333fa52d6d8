import { describe, expect, it } from 'vitest'
import type { Store } from '../store/store.js'
import { writeBatches } from './write-batches.js'

/** A store that only logs batch boundaries and writes. */
function loggingStore(log: string[]): Store {
  return {
    beginBatch: () => Promise.resolve(void log.push('begin')),
    commitBatch: () => Promise.resolve(void log.push('commit')),
  } as Partial<Store> as Store
}

const write = (log: string[], name: string) => async (): Promise<string> => {
  log.push(`${name}:start`)
  await new Promise((r) => setTimeout(r, 1))
  log.push(`${name}:end`)
  return name
}

describe('writeBatches', () => {
  it('commits every `docs` documents and at the end', async () => {
    const log: string[] = []
    const batches = writeBatches(loggingStore(log), { docs: 2, ms: 60_000 })
    for (const name of ['a', 'b', 'c']) expect(await batches.write(write(log, name))).toBe(name)
    await batches.end()
    expect(log).toEqual([
      'begin',
      'a:start',
      'a:end',
      'b:start',
      'b:end',
      'commit',
      'begin',
      'c:start',
      'c:end',
      'commit',
    ])
  })

  it('commits an idle batch after `ms`, never in the middle of a document', async () => {
    const log: string[] = []
    const batches = writeBatches(loggingStore(log), { docs: 100, ms: 5 })
    await batches.write(write(log, 'a'))
    await new Promise((r) => setTimeout(r, 30))
    expect(log).toEqual(['begin', 'a:start', 'a:end', 'commit'])
    // Started together: the writes run one after the other and each stays whole.
    await Promise.all([batches.write(write(log, 'b')), batches.write(write(log, 'c'))])
    await batches.end()
    const rest = log.slice(4)
    expect(rest.indexOf('b:end')).toBe(rest.indexOf('b:start') + 1)
    expect(rest.indexOf('c:end')).toBe(rest.indexOf('c:start') + 1)
    expect(rest.at(-1)).toBe('commit')
    expect(rest.filter((x) => x === 'begin').length).toBe(rest.filter((x) => x === 'commit').length)
  })

  it('a failed write fails alone; the batch goes on', async () => {
    const log: string[] = []
    const batches = writeBatches(loggingStore(log), { docs: 100, ms: 60_000 })
    await expect(batches.write(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await batches.write(write(log, 'b'))).toBe('b')
    await batches.end()
    expect(log).toEqual(['begin', 'b:start', 'b:end', 'commit'])
  })
})
