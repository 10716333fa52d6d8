import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { standardPipeline } from '../../presets.js'
import { readSources } from '../../ingest/read-sources.js'
import { openStore } from '../../store/store.js'
import { ingest, rebuildClaims, type IngestSummary } from '../ingest.js'
import { defaultWorkers, startWorkerPool } from '../worker-pool.js'
import { writeBenchCorpus } from './corpus.js'
import { corpusFiles, measureStages, measureTokenizer } from './measure-stages.js'
import { sampleRss } from './rss-sampler.js'
import { measureThreadCpu, type ThreadCpu } from './thread-cpu.js'
import { winkTokenizer } from './wink-tokenizer.js'

/** Options for `runBench`. */
export interface BenchOptions {
  /** Documents to generate (ignored with `corpusDir`). @default 2000 */
  readonly docs?: number
  /** Use the .txt/.html files of this folder instead of a generated corpus. */
  readonly corpusDir?: string
  /** Threads for the "all cores" runs (an ingest's writer included). @default one per core */
  readonly workers?: number
  /** Called when a phase starts, for progress on stderr. */
  readonly onPhase?: (phase: string) => void
}

/** Throughput of one step over the corpus. */
export interface StageRate {
  readonly stage: string
  readonly ms_per_doc: number
  readonly docs_per_s: number
  readonly mb_per_s: number
  /** Share of the summed stage time. */
  readonly share: number
}

/** Everything `forewarn bench --json` prints. Rates are documents (or MiB of input) per second. */
export interface BenchReport {
  readonly docs: number
  readonly mb: number
  readonly workers: number
  readonly tokenizer_docs_per_s: number
  readonly tokenizer_mb_per_s: number
  readonly tokenizer_1_core_docs_per_s: number
  readonly pipeline_docs_per_s: number
  readonly pipeline_mb_per_s: number
  readonly pipeline_1_core_docs_per_s: number
  readonly pipeline_1_core_mb_per_s: number
  /** pipeline_docs_per_s / tokenizer_docs_per_s (both on `workers` threads). */
  readonly ratio: number
  readonly ratio_1_core: number
  /** pipeline_docs_per_s / pipeline_1_core_docs_per_s. */
  readonly speedup: number
  readonly stages: readonly StageRate[]
  /** Outcomes of the ingest, and seconds one claims rebuild takes on the resulting store. */
  readonly ingest_1_core: Omit<IngestSummary, 'skipped' | 'failed'> & {
    skipped: number
    failed: number
    claims_rebuild_s: number
  }
  readonly ingest_all_cores: BenchReport['ingest_1_core']
  readonly peak_rss_mb: number
  readonly phase_peak_rss_mb: Readonly<Record<string, number>>
  /**
   * CPU seconds of the whole process (all threads) per phase. On a busy machine wall-clock rates
   * drop while these stay put, so docs per CPU-second (below) is the steadier comparison.
   */
  readonly phase_cpu_s: Readonly<Record<string, number>>
  /** `phase_cpu_s` split by thread kind (see `ThreadCpu`); empty where /proc is missing. */
  readonly phase_thread_cpu_s: Readonly<Record<string, ThreadCpu>>
  readonly tokenizer_docs_per_cpu_s: number
  readonly pipeline_docs_per_cpu_s: number
  /** pipeline_docs_per_cpu_s / tokenizer_docs_per_cpu_s (both on `workers` threads). */
  readonly cpu_ratio: number
  /** 1-minute load average at the start and the end of the run (other processes compete). */
  readonly load_average: readonly [number, number]
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits

/**
 * Measures, in one run on one corpus: the wink-nlp tokenizer alone (1 thread and `workers`
 * threads), every step of the pipeline (1 thread), and full ingest into a fresh SQLite store
 * (1 thread, then `workers` threads); plus peak memory. No timing is asserted anywhere; the
 * figures are compared with each other (ratios), measured on the same machine in the same run.
 */
export async function runBench(options: BenchOptions = {}): Promise<BenchReport> {
  const workers = Math.max(1, options.workers ?? defaultWorkers())
  const tmp = mkdtempSync(join(tmpdir(), 'forewarn-bench-'))
  const rss = sampleRss()
  const phasePeaks: Record<string, number> = {}
  const phaseCpu: Record<string, number> = {}
  const phaseThreads: Record<string, ThreadCpu> = {}
  const load0 = loadavg()[0] ?? 0
  const phase = async <T>(name: string, work: () => Promise<T> | T): Promise<[T, number]> => {
    options.onPhase?.(name)
    rss.reset()
    const cpu = process.cpuUsage()
    const threads = measureThreadCpu()
    const t = performance.now()
    const result = await work()
    const ms = performance.now() - t
    const used = process.cpuUsage(cpu)
    const split = threads()
    if (split) phaseThreads[name] = split
    phaseCpu[name] = round((used.user + used.system) / 1e6, 2)
    phasePeaks[name] = round(rss.peakMb())
    return [result, ms]
  }
  try {
    let dir = options.corpusDir
    if (!dir) {
      dir = join(tmp, 'corpus')
      const docs = options.docs ?? 2000
      await phase('corpus', () => writeBenchCorpus(dir as string, { docs }))
    }
    const files = corpusFiles(dir)
    const n = files.length
    const mb = files.reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20
    const rate = (ms: number): number => round(n / (ms / 1000))
    const mbRate = (ms: number): number => round(mb / (ms / 1000), 2)

    const tokenize = winkTokenizer()
    const [, tok1] = await phase('tokenizer_1_core', () => measureTokenizer(files, tokenize).ms)
    const [, tokN] = await phase('tokenizer', async () => {
      const pool = startWorkerPool<{ path: string }, { tokens: number }>(
        'bench/tokenize-worker',
        workers,
      )
      try {
        await Promise.all(files.map((path) => pool.run({ path })))
      } finally {
        await pool.close()
      }
    })
    const [timings] = await phase('stages', () => measureStages(files, standardPipeline()))
    const total = timings.reduce((s, t) => s + t.ms, 0)
    const stages = timings.map((t) => ({
      stage: t.stage,
      ms_per_doc: round(t.ms / n, 3),
      docs_per_s: rate(t.ms),
      mb_per_s: mbRate(t.ms),
      share: round(t.ms / total, 3),
    }))
    const runIngest = async (threads: number, name: string) => {
      const store = await openStore(join(tmp, `${name}.db`))
      try {
        const s = await ingest(readSources([dir as string]), {
          store,
          pipeline: standardPipeline,
          workers: threads,
        })
        return { ...s, skipped: s.skipped.length, failed: s.failed.length }
      } finally {
        await store.close()
      }
    }
    // The claims rebuild that ended an ingest, timed once more on its own, in a phase of its own
    // (inside the ingest's phase it counted twice), so its share of the ingest time is visible:
    // it is corpus-level work, not per document.
    const timeClaims = async (name: string): Promise<number> => {
      const store = await openStore(join(tmp, `${name}.db`))
      try {
        const t = performance.now()
        await rebuildClaims(store)
        return round((performance.now() - t) / 1000, 2)
      } finally {
        await store.close()
      }
    }
    const [ingest1, pipe1] = await phase('pipeline_1_core', () => runIngest(1, 'pipeline_1_core'))
    const [claims1] = await phase('claims_1_core', () => timeClaims('pipeline_1_core'))
    const [ingestN, pipeN] = await phase('pipeline', () => runIngest(workers, 'pipeline'))
    const [claimsN] = await phase('claims', () => timeClaims('pipeline'))
    return {
      docs: n,
      mb: round(mb, 2),
      workers,
      tokenizer_docs_per_s: rate(tokN),
      tokenizer_mb_per_s: mbRate(tokN),
      tokenizer_1_core_docs_per_s: rate(tok1),
      pipeline_docs_per_s: rate(pipeN),
      pipeline_mb_per_s: mbRate(pipeN),
      pipeline_1_core_docs_per_s: rate(pipe1),
      pipeline_1_core_mb_per_s: mbRate(pipe1),
      ratio: round(tokN / pipeN, 3),
      ratio_1_core: round(tok1 / pipe1, 3),
      speedup: round(pipe1 / pipeN, 3),
      stages,
      ingest_1_core: { ...ingest1, claims_rebuild_s: claims1 },
      ingest_all_cores: { ...ingestN, claims_rebuild_s: claimsN },
      peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
      phase_peak_rss_mb: phasePeaks,
      phase_cpu_s: phaseCpu,
      phase_thread_cpu_s: phaseThreads,
      tokenizer_docs_per_cpu_s: round(n / (phaseCpu['tokenizer'] ?? 1)),
      pipeline_docs_per_cpu_s: round(n / (phaseCpu['pipeline'] ?? 1)),
      cpu_ratio: round((phaseCpu['tokenizer'] ?? 0) / (phaseCpu['pipeline'] ?? 1), 3),
      load_average: [round(load0, 2), round(loadavg()[0] ?? 0, 2)],
    }
  } finally {
    rss.stop()
    rmSync(tmp, { recursive: true, force: true })
  }
}
