import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { definePipeline, type AnyStage, type Pipeline } from '../../core/pipeline.js'
import { cleanArticle } from '../../stages/clean/index.js'
import { bandKeys, minhashSignature } from '../../stages/dedup/minhash.js'
import type { Tokenize } from './wink-tokenizer.js'

/** Time spent in one step, summed over every document of the corpus. */
export interface StageTiming {
  readonly stage: string
  readonly ms: number
}

/** Benchmark corpus files in name order. */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort()
    .map((f) => join(dir, f))
}

const kindOf = (path: string): 'text' | 'html' => (/\.html?$/i.test(path) ? 'html' : 'text')

/**
 * Runs clean, MinHash and every pipeline stage on each file, one core, timing each step with
 * `performance.now()` around its call. Reading the files is not timed.
 */
export function measureStages(files: readonly string[], pipeline: Pipeline): StageTiming[] {
  const totals = new Map<string, number>([
    ['clean', 0],
    ['minhash', 0],
  ])
  const timed = definePipeline(
    pipeline.stages.map((stage): AnyStage => {
      totals.set(stage.name as string, 0)
      return {
        ...stage,
        run: (input: never, ctx) => {
          const t = performance.now()
          try {
            return stage.run(input, ctx) as unknown
          } finally {
            add(stage.name as string, performance.now() - t)
          }
        },
      }
    }),
  )
  function add(name: string, ms: number): void {
    totals.set(name, (totals.get(name) ?? 0) + ms)
  }
  for (const path of files) {
    const content = readFileSync(path, 'utf8')
    let t = performance.now()
    const doc = cleanArticle({
      uri: path,
      file: path,
      fetchedAt: '2024-01-01T00:00:00.000Z',
      kind: kindOf(path),
      content,
    })
    add('clean', performance.now() - t)
    t = performance.now()
    bandKeys(minhashSignature(doc.text))
    add('minhash', performance.now() - t)
    timed.run(doc)
  }
  return [...totals].map(([stage, ms]) => ({ stage, ms }))
}

/** Tokenizer baseline on one core, reading included (like ingest). Returns wall milliseconds. */
export function measureTokenizer(
  files: readonly string[],
  tokenize: Tokenize,
): { ms: number; tokens: number } {
  let tokens = 0
  const t = performance.now()
  for (const path of files) tokens += tokenize(readFileSync(path, 'utf8'), kindOf(path))
  return { ms: performance.now() - t, tokens }
}
