import type { Diagnostic } from './diagnostics.js'
import type { Doc, DocData, SourceRef } from './doc.js'
import { AppError, reasonOf } from './errors.js'
import type { DocMeta } from './model.js'

/** What a stage may read besides the results it declared it needs. */
export interface StageContext {
  /** Clean text; spans are half-open UTF-16 ranges into it. */
  readonly text: string
  readonly meta: DocMeta
  readonly source: SourceRef
  /** Adds a content diagnostic to the document (the stage name is filled in). */
  report(diagnostic: Omit<Diagnostic, 'stage'>): void
}

/** A named transform that adds `DocData[K]`, reading only the results in `needs`. */
export interface Stage<K extends keyof DocData, Needs extends keyof DocData = never> {
  readonly name: K
  readonly needs: readonly Needs[]
  run(input: Pick<DocData, Needs>, ctx: StageContext): DocData[K]
}

// The pipeline stores stages of different K/Needs side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogenous list, checked in definePipeline
export type AnyStage = Stage<any, any>

/** A validated, frozen list of stages. */
export interface Pipeline {
  readonly stages: readonly AnyStage[]
  /** Runs every stage on `doc`, in place. A stage that throws ends this document with a fatal diagnostic. */
  run(doc: Doc): Doc
}

/**
 * Checks that every stage's `needs` is added by an earlier stage and returns a frozen pipeline.
 * Throws `STAGE_ORDER` at build time, before any document is read.
 */
export function definePipeline(stages: readonly AnyStage[]): Pipeline {
  const seen = new Set<string>()
  for (const stage of stages) {
    for (const need of stage.needs as readonly string[]) {
      if (!seen.has(need))
        throw new AppError('STAGE_ORDER', { stage: stage.name as string, missing: need })
    }
    seen.add(stage.name as string)
  }
  const frozen = Object.freeze([...stages])
  return Object.freeze({ stages: frozen, run: (doc: Doc) => runStages(frozen, doc) })
}

function runStages(stages: readonly AnyStage[], doc: Doc): Doc {
  for (const stage of stages) {
    const name = stage.name as string
    const ctx: StageContext = {
      text: doc.text,
      meta: doc.meta,
      source: doc.source,
      report: (d) => doc.diagnostics.push({ ...d, stage: name }),
    }
    try {
      const data = doc.data as Record<string, unknown>
      // Each stage sees only what it declared, so an undeclared dependency fails in tests, not later.
      const input = Object.fromEntries((stage.needs as readonly string[]).map((k) => [k, data[k]]))
      data[name] = stage.run(input, ctx)
    } catch (e) {
      doc.diagnostics.push({
        severity: 'fatal',
        ruleId: 'stage-failed',
        stage: name,
        message: `Stage "${name}" failed: ${reasonOf(e)}`,
      })
      break
    }
    if (doc.diagnostics.some((d) => d.severity === 'fatal')) break
  }
  return doc
}

/** True when a fatal diagnostic ended the document's processing. */
export function isFailed(doc: Doc): boolean {
  return doc.diagnostics.some((d) => d.severity === 'fatal')
}
