import { runBench, type BenchReport } from '../../../workflows/bench/run-bench.js'
import { intOption, parse } from '../args.js'
import { EXIT_OK, printTable, type Output } from '../output.js'

const USAGE = 'forewarn bench [--docs N] [--corpus DIR] [--workers N] [--json]'

/**
 * `forewarn bench`: speed of the full pipeline against the wink-nlp tokenizer on the same corpus,
 * per-stage timings and peak memory, all measured in this one run.
 */
export async function benchCommand(argv: readonly string[], o: Output): Promise<number> {
  const { values } = parse(
    argv,
    { docs: { type: 'string' }, corpus: { type: 'string' }, workers: { type: 'string' } },
    USAGE,
  )
  const docs = intOption('docs', values.docs, 2000)
  const workers = values.workers === undefined ? undefined : intOption('workers', values.workers, 1)
  const report = await runBench({
    docs,
    ...(typeof values.corpus === 'string' ? { corpusDir: values.corpus } : {}),
    ...(workers ? { workers } : {}),
    onPhase: (p) => o.err(`bench: ${p}…`),
  })
  if (values.json) o.out(JSON.stringify(report))
  else printReport(report, o)
  return EXIT_OK
}

function printReport(r: BenchReport, o: Output): void {
  o.out(
    `${r.docs} documents, ${r.mb} MiB; all-cores runs use ${r.workers} threads ` +
      `(an ingest: ${Math.max(1, r.workers - 1)} analysing, 1 writing)\n`,
  )
  printTable(
    o,
    ['run', 'docs/s', 'MiB/s'],
    [
      ['wink-nlp tokenize, 1 core', r.tokenizer_1_core_docs_per_s, ''],
      [`wink-nlp tokenize, ${r.workers} threads`, r.tokenizer_docs_per_s, r.tokenizer_mb_per_s],
      [
        'full pipeline into SQLite, 1 core',
        r.pipeline_1_core_docs_per_s,
        r.pipeline_1_core_mb_per_s,
      ],
      [
        `full pipeline into SQLite, ${r.workers} threads`,
        r.pipeline_docs_per_s,
        r.pipeline_mb_per_s,
      ],
    ],
  )
  o.out('')
  printTable(
    o,
    ['stage (1 core)', 'ms/doc', 'docs/s', 'MiB/s', 'share'],
    r.stages.map((s) => [
      s.stage,
      s.ms_per_doc,
      s.docs_per_s,
      s.mb_per_s,
      `${Math.round(s.share * 100)}%`,
    ]),
  )
  o.out('')
  o.out(`pipeline / tokenizer: ${r.ratio} (${r.workers} threads), ${r.ratio_1_core} (1 core)`)
  o.out(`${r.workers} threads / 1 core: ${r.speedup}x`)
  o.out(
    `claims rebuild at the end of each ingest: ${r.ingest_1_core.claims_rebuild_s} s ` +
      `(${r.docs} documents; corpus-level, included in the pipeline rates)`,
  )
  o.out(
    `per CPU-second: tokenizer ${r.tokenizer_docs_per_cpu_s}, pipeline ${r.pipeline_docs_per_cpu_s} docs ` +
      `(ratio ${r.cpu_ratio}); load average ${r.load_average.join(' → ')} on this machine`,
  )
  const threads = r.phase_thread_cpu_s['pipeline']
  if (threads)
    o.out(
      `CPU s of the ${r.workers}-thread pipeline run: main thread (writer) ${threads.main}, ` +
        `worker threads ${threads.workers}, V8 compiler/GC and I/O threads ${threads.runtime}`,
    )
  o.out(
    `peak RSS: ${r.peak_rss_mb} MiB (per phase: ${Object.entries(r.phase_peak_rss_mb)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  )
}
