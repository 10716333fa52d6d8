import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { measureThreadCpu } from './thread-cpu.js'

// A fixed amount of work, not of wall time: on a busy machine a thread gets less CPU per second,
// but the same loop still costs about the same CPU time (~0.1-0.2 s here).
const LOOP = `let x = 0; for (let i = 0; i < 1.5e8; i++) x += i % 7; if (x < 0) throw new Error('no')`
const spin = new Function(LOOP) as () => void

const onLinux = existsSync('/proc/self/task')

describe.runIf(onLinux)('measureThreadCpu', () => {
  it('books main-thread work to main and a thread started meanwhile to workers', async () => {
    const end = measureThreadCpu()
    spin()
    const code = `${LOOP}; require('node:worker_threads').parentPort.postMessage(1)`
    const worker = new Worker(code, { eval: true })
    await new Promise((resolve) => worker.once('message', resolve))
    await worker.terminate()
    const split = end()
    expect(split).not.toBeNull()
    // Only lower bounds hold: the test runner's own threads work meanwhile.
    expect(split?.main).toBeGreaterThan(0.03)
    expect(split?.workers).toBeGreaterThan(0.03)
    expect(split?.runtime).toBeGreaterThanOrEqual(0)
  })
})
