import { describe, expect, it } from 'vitest'
import { startWorkerPool } from './worker-pool.js'

describe('startWorkerPool', () => {
  it('fails every task with the reason when its threads cannot start, instead of respawning forever', async () => {
    const pool = startWorkerPool<unknown, unknown>('no-such-worker-script', 2)
    const results = await Promise.allSettled([pool.run(1), pool.run(2), pool.run(3)])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
    await expect(pool.run(4)).rejects.toThrow(/could not start/)
    await pool.close()
  })
})
