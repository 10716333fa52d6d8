import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { expect } from 'vitest'
import { openStore } from '../../src/store/store.js'
import { runCli } from '../helpers/run-cli.js'
import { seededRandom, syntheticArticle } from '../helpers/synthetic-corpus.js'

/** One source the ingest could not store, as printed in the `--json` summary. */
export interface Reported {
  readonly uri: string
  readonly code: string
  readonly message: string
}

/** Outcome of one CLI ingest of a batch. */
export interface BatchResult {
  readonly code: number
  readonly err: string[]
  readonly stored: number
  readonly reported: Reported[]
  /** Stored documents: source URI → clean text. */
  readonly texts: Map<string, string>
}

/** A fresh temporary folder for one test case. */
export const tempDir = (prefix = 'fw-broken-'): string => mkdtempSync(join(tmpdir(), prefix))

/** Writes a well-formed article (a control that must always be stored) into `dir`. */
export function writeControl(dir: string, seed = 1): string {
  const path = join(dir, `control-${seed}.txt`)
  writeFileSync(path, syntheticArticle(seededRandom(seed), seed))
  return path
}

/** Runs `forewarn ingest <inputs> --json` in-process against a fresh store and reads it back. */
export async function ingestBatch(
  inputs: readonly string[],
  flags: readonly string[] = [],
): Promise<BatchResult> {
  const db = join(tempDir('fw-db-'), 'store.db')
  const res = await runCli(['ingest', ...inputs, '--db', db, '--json', ...flags])
  const summary = JSON.parse(res.out.at(-1) ?? '{}') as {
    stored?: number
    failed?: Reported[]
    skipped?: Reported[]
  }
  const store = await openStore(db)
  const texts = new Map<string, string>()
  try {
    for (const d of await store.listDocs({ limit: 1000, includeDuplicates: true }))
      texts.set(d.source.uri, d.text)
  } finally {
    await store.close()
  }
  return {
    code: res.code,
    err: res.err,
    stored: summary.stored ?? -1,
    reported: [...(summary.failed ?? []), ...(summary.skipped ?? [])],
    texts,
  }
}

/** Entries reported for `source` (a path or URL; feed/JSONL entries carry it as a prefix). */
export function reportsFor(res: BatchResult, source: string): Reported[] {
  return res.reported.filter((r) => r.uri === source || r.uri.startsWith(source))
}

/**
 * Checks that `source` was reported, by name and with a reason, on stderr and in the summary,
 * that no report is an internal error (a crash in disguise), and that the status is 2.
 */
export function expectReported(res: BatchResult, source: string): void {
  const name = basename(source)
  const reports = reportsFor(res, source)
  expect(reports.length, `${name} must be reported`).toBeGreaterThan(0)
  for (const r of reports) {
    expect(r.code, `${r.uri}: ${r.message}`).not.toBe('INTERNAL')
    // The reason is more than the name: at least a few words after it.
    expect(r.message.replace(r.uri, '').trim().length, r.message).toBeGreaterThan(15)
    expect(
      res.err.some((l) => l.includes(name) && l.includes(r.message)),
      `stderr names ${name}: ${res.err.join('\n')}`,
    ).toBe(true)
  }
  expect(res.code, 'exit status for partial failure').toBe(2)
}

/** Checks that nothing in the batch failed with an internal error. */
export function expectNoInternalError(res: BatchResult): void {
  expect(res.reported.filter((r) => r.code === 'INTERNAL')).toEqual([])
  expect(res.code === 0 || res.code === 2, `exit status ${res.code}: ${res.err.join('\n')}`).toBe(
    true,
  )
}

/** The stored text of `source`, or undefined when it was not stored. */
export function storedText(res: BatchResult, source: string): string | undefined {
  return res.texts.get(source) ?? [...res.texts].find(([uri]) => uri.startsWith(source))?.[1]
}
