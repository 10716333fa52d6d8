import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { exampleStore } from '../../../test/e2e/example-store.js'
import { loadWatch, type Watch } from '../../analyze/index.js'
import type { Store } from '../../store/store.js'
import { createApp } from './app.js'
import { watchReportJson } from './watch-report.js'
import { analysisWatchSource, type WatchSource } from './watch-source.js'

/** A store whose data version the test moves, as writes would. */
function versionedStore(): { store: Store; write: () => void } {
  let version = 1
  const store = { dataVersion: () => Promise.resolve(String(version)) } as unknown as Store
  return { store, write: () => void version++ }
}

/** An evaluation the test finishes by hand, numbering the reports it makes. */
function manualEvaluations() {
  const pending: Array<() => void> = []
  let made = 0
  const evaluate = (watch: Watch): Promise<string> =>
    new Promise((resolve) =>
      pending.push(() => resolve(JSON.stringify({ watch: watch.id, n: ++made }))),
    )
  return {
    evaluate,
    finish: () => pending.splice(0).forEach((f) => f()),
    running: () => pending.length,
  }
}

const text = (body: Uint8Array | undefined): unknown => JSON.parse(new TextDecoder().decode(body))

describe('watch reports', () => {
  it('waits for the first report, then answers the last one while a fresh one is computed', async () => {
    const { store, write } = versionedStore()
    const evals = manualEvaluations()
    const source = analysisWatchSource(store, { evaluate: evals.evaluate, now: () => 0 })
    // The first report of a watch is waited for; two requests share one evaluation.
    const first = Promise.all([source.report('rus-kaz'), source.report('rus-kaz')])
    await new Promise((r) => setImmediate(r))
    expect(evals.running()).toBe(1)
    evals.finish()
    for (const a of await first)
      expect([text(a?.body), a?.stale]).toEqual([{ watch: 'rus-kaz', n: 1 }, false])
    // Unchanged store: the same report, no evaluation.
    expect((await source.report('rus-kaz'))?.stale).toBe(false)
    expect(evals.running()).toBe(0)
    // After a write: the previous report at once, marked stale, while the next one is computed.
    write()
    const during = await source.report('rus-kaz')
    expect([text(during?.body), during?.stale]).toEqual([{ watch: 'rus-kaz', n: 1 }, true])
    expect(evals.running()).toBe(1)
    evals.finish()
    await new Promise((r) => setImmediate(r))
    const after = await source.report('rus-kaz')
    expect([text(after?.body), after?.stale]).toEqual([{ watch: 'rus-kaz', n: 2 }, false])
    expect(await source.report('no-such-watch')).toBeUndefined()
  })

  it('starts the next evaluation no sooner than the last one took after it ended', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const { store, write } = versionedStore()
      const evals = manualEvaluations()
      let t = 0
      const source = analysisWatchSource(store, { evaluate: evals.evaluate, now: () => t })
      const first = source.report('rus-kaz')
      await new Promise((r) => setImmediate(r))
      t = 100 // the evaluation took 100 ms: the next may start at 200
      evals.finish()
      await first
      t = 150
      write()
      expect(await source.report('rus-kaz')).toMatchObject({ stale: true })
      expect(evals.running()).toBe(0)
      vi.advanceTimersByTime(49)
      await new Promise((r) => setImmediate(r))
      expect(evals.running()).toBe(0)
      vi.advanceTimersByTime(1)
      await new Promise((r) => setImmediate(r))
      expect(evals.running()).toBe(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps answering the last report when bringing it up to date fails', async () => {
    const { store, write } = versionedStore()
    let fail = false
    const logged: string[] = []
    const source = analysisWatchSource(store, {
      evaluate: () => (fail ? Promise.reject(new Error('disk gone')) : Promise.resolve('{"ok":1}')),
      log: (m) => logged.push(m),
      now: () => 0,
    })
    await source.report('rus-kaz')
    fail = true
    write()
    expect(await source.report('rus-kaz')).toMatchObject({ stale: true })
    await new Promise((r) => setImmediate(r))
    expect(logged).toEqual([expect.stringContaining('could not be brought up to date')])
    expect(text((await source.report('rus-kaz'))?.body)).toEqual({ ok: 1 })
  })

  it('never lets the response cache keep a stale report', async () => {
    const store = await exampleStore()
    let stale = true
    const watches: WatchSource = {
      list: () => Promise.resolve([]),
      report: () =>
        Promise.resolve({ body: new TextEncoder().encode(`{"stale":${stale}}`), stale }),
    }
    const app = createApp({ store, watches })
    for (let i = 0; i < 3; i++) {
      const res = await app.request('/api/watches/x')
      expect([res.headers.get('x-cache'), res.headers.get('x-stale')]).toEqual([null, 'true'])
    }
    stale = false
    expect(await (await app.request('/api/watches/x')).json()).toEqual({ stale: false })
    await store.close()
  })

  describe('on a worker thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-watch-'))
    const stores: Store[] = []
    afterAll(async () => {
      for (const s of stores) await s.close()
      rmSync(dir, { recursive: true, force: true })
    })

    it('computes the same report as the main thread, over its own connection', async () => {
      const store = await exampleStore(join(dir, 'example.db'))
      stores.push(store)
      expect(store.location).toBe(join(dir, 'example.db'))
      // The main thread evaluates only when the worker fails, and logs why: nothing may be logged.
      const logged: unknown[] = []
      const source = analysisWatchSource(store, { log: (_m, e) => logged.push(e) })
      try {
        const answer = await source.report('rus-kaz')
        const here = await watchReportJson(store, loadWatch('rus-kaz'))
        expect(new TextDecoder().decode(answer?.body)).toBe(here)
        expect(JSON.parse(here)).toHaveProperty('risk')
        expect(logged).toEqual([])
      } finally {
        await source.close?.()
      }
    }, 60_000)

    it('lets the process exit once the report is made (serve stops on SIGTERM)', () => {
      // A child process that asks for a report and returns: an idle worker thread kept it alive.
      const script = `
        const { openStore } = await import(${JSON.stringify(new URL('../../store/store.ts', import.meta.url).href)})
        const { analysisWatchSource } = await import(${JSON.stringify(new URL('./watch-source.ts', import.meta.url).href)})
        const store = await openStore(${JSON.stringify(join(dir, 'example.db'))})
        const answer = await analysisWatchSource(store).report('rus-kaz')
        await store.close()
        console.log(answer.body.byteLength > 0 ? 'report' : 'empty')`
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { encoding: 'utf8', timeout: 45_000 },
      )
      expect([run.signal, run.status, run.stdout.trim()]).toEqual([null, 0, 'report'])
    }, 60_000)
  })
})
