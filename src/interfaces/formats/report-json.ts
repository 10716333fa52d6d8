import type { WatchEvaluation } from '../../analyze/index.js'
import { reportView } from './report-view.js'

/**
 * The evaluation as JSON, with `sources` numbered like the other formats (`D1` …) so that a
 * reader can follow the same citations. Numbers are kept at full precision.
 */
export function renderJson(e: WatchEvaluation): string {
  const v = reportView(e)
  return (
    JSON.stringify({ ...e, sources: v.docs.map((d) => ({ ref: v.docRef(d.id), ...d })) }, null, 2) +
    '\n'
  )
}
