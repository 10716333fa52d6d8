// Runs `forewarn bench` on the fixed generated corpus and compares it with bench/baseline.json.
// Ratios (pipeline / tokenizer, all threads / one) travel across machines; absolute docs/s only
// compare on the machine the baseline was measured on. Never part of `npm test`.
// Usage: npx tsx bench/compare.ts [--write]   (--write replaces the baseline with this run)
import { readFileSync, writeFileSync } from 'node:fs'
import { runBench, type BenchReport } from '../src/workflows/bench/run-bench.js'

const file = new URL('./baseline.json', import.meta.url)
const baseline = JSON.parse(readFileSync(file, 'utf8')) as { report: BenchReport }
const report = await runBench({
  docs: baseline.report.docs,
  onPhase: (p) => process.stderr.write(`bench: ${p}…\n`),
})
const keys = [
  'ratio',
  'ratio_1_core',
  'speedup',
  'pipeline_docs_per_s',
  'pipeline_1_core_docs_per_s',
  'tokenizer_docs_per_s',
  'peak_rss_mb',
] as const
for (const k of keys) {
  const was = baseline.report[k]
  const now = report[k]
  const change = was ? ((now - was) / was) * 100 : 0
  console.log(
    `${k.padEnd(28)} ${String(now).padStart(9)}  baseline ${String(was).padStart(9)}  ${change >= 0 ? '+' : ''}${change.toFixed(1)}%`,
  )
}
if (process.argv.includes('--write'))
  writeFileSync(
    file,
    JSON.stringify(
      { measured: new Date().toISOString(), machine: 'see bench/README.md', report },
      null,
      2,
    ) + '\n',
  )
