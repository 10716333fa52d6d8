import type { Claim } from '../../core/model.js'
import type {
  CitedDoc,
  IndicatorHit,
  RiskContribution,
  WatchEvaluation,
} from '../../analyze/index.js'

/** Citation lookups shared by the report renderers: `[D3]` for documents, claim ids for claims. */
export interface ReportView {
  readonly e: WatchEvaluation
  /** Documents in citation order (by date, then file); `[D1]` is the first. */
  readonly docs: readonly CitedDoc[]
  docRef(id: string): string
  claim(id: string): Claim | undefined
  /** `[D1, D4]`: the documents of a claim or hit. */
  docRefs(ids: readonly string[]): string
  /** Short name of a contribution: claim summary or quoted text, clipped. */
  describe(c: Pick<RiskContribution, 'kind' | 'id'>): string
}

/** Builds the citation index of an evaluation. */
export function reportView(e: WatchEvaluation): ReportView {
  const docs = [...e.docs].sort(
    (a, b) =>
      (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.file.localeCompare(b.file),
  )
  const index = new Map(docs.map((d, i) => [d.id, i + 1]))
  const claims = new Map(e.claims.map((c) => [c.id, c]))
  const quotes = new Map(
    e.indicators.flatMap((i) => i.hits.filter((h) => h.kind === 'quote').map((h) => [h.id, h])),
  )
  const docRef = (id: string): string => `D${index.get(id) ?? '?'}`
  const docRefs = (ids: readonly string[]): string =>
    `[${[...new Set(ids)]
      .sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0))
      .map(docRef)
      .join(', ')}]`
  return {
    e,
    docs,
    docRef,
    docRefs,
    claim: (id) => claims.get(id),
    describe: (c) =>
      c.kind === 'claim'
        ? clip(claims.get(c.id)?.summary ?? c.id, 110)
        : `quote “${clip(quotes.get(c.id)?.text ?? c.id, 90)}”`,
  }
}

/** Documents a contribution rests on. */
export function contributionDocs(
  v: ReportView,
  c: Pick<RiskContribution, 'kind' | 'id'>,
): string[] {
  if (c.kind === 'claim') return (v.claim(c.id)?.mentions ?? []).map((m) => m.doc)
  for (const i of v.e.indicators) for (const h of i.hits) if (h.id === c.id) return [...h.docs]
  return []
}

/** A number with at most `digits` decimals, no trailing zeros. */
export function num(n: number, digits = 2): string {
  const r = Math.round(n * 10 ** digits) / 10 ** digits
  return Object.is(r, -0) ? '0' : String(r)
}

/** Signed number: `+0.12`, `-0.3`. */
export function signed(n: number, digits = 2): string {
  const s = num(n, digits)
  return n > 0 && s !== '0' ? `+${s}` : s
}

/** Collapses whitespace and cuts text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/** One line on the latest risk point and its change from the one before. */
export function riskHeadline(v: ReportView): string | null {
  const pts = v.e.risk.points
  const last = pts.at(-1)
  if (!last) return null
  const prev = pts.at(-2)
  const trend = prev
    ? last.risk > prev.risk + 0.005
      ? `up from ${num(prev.risk)} in ${prev.period}`
      : last.risk < prev.risk - 0.005
        ? `down from ${num(prev.risk)} in ${prev.period}`
        : `unchanged from ${prev.period}`
    : 'first point of the series'
  return `Risk ${num(last.risk)} on ${last.date} (pressure ${signed(last.pressure)}), ${trend}`
}

/** The leading hypothesis and the flip closest to changing it, in words. */
export function achHeadline(v: ReportView): { lead: string; flip: string | null } {
  const { ach } = v.e
  const [first, second] = ach.hypotheses
  const label = (id: string): string => ach.hypotheses.find((h) => h.id === id)?.label ?? id
  const evidence = ach.matrix.reduce((sum, r) => sum + r.weight, 0)
  const tied = first && second && Math.abs(first.inconsistency - second.inconsistency) < 1e-9
  const lead = !first
    ? 'no hypotheses'
    : evidence < 0.05
      ? `Too little evidence to rank the hypotheses (total evidence weight ${num(evidence)})`
      : tied
        ? `“${first.label}” and “${second.label}” tie on inconsistency (${num(first.inconsistency)}); “${first.label}” is ahead only on consistency`
        : `“${first.label}” leads with the lowest inconsistency (${num(first.inconsistency)}${second ? `; next “${second.label}” at ${num(second.inconsistency)}` : ''})`
  const f = ach.flips[0]
  const ind = f ? v.e.indicators.find((i) => i.id === f.indicator) : undefined
  const flip = f
    ? `${f.direction === 'more' ? 'More' : 'Less'} evidence of “${ind?.label ?? f.indicator}” (${flipSize(f)}) would put “${label(f.newLeader)}” level with or ahead of the leader`
    : null
  return { lead, flip }
}

/** Size of a flip in words: `any amount` for ties, else strength and claim equivalents. */
export function flipSize(f: {
  deltaStrength: number
  deltaHits: number
  direction: string
}): string {
  if (f.deltaStrength < 0.005) return 'any amount: the two are tied'
  const sign = f.direction === 'more' ? '+' : '−'
  return `${sign}${num(f.deltaStrength)} strength, about ${num(f.deltaHits, 1)} asserted single-source claims`
}

/** Claims in report order: heaviest evidence first (|score| × strongest status), then id. */
export function orderClaims(claims: readonly Claim[]): Claim[] {
  const weight = (c: Claim): number =>
    Math.abs(c.score) *
    (c.status === 'denied' ? 0 : c.status === 'unverified' ? 0.5 : 1) *
    (1 + Math.log2(Math.max(1, c.independentSources)))
  return [...claims].sort((a, b) => weight(b) - weight(a) || a.id.localeCompare(b.id))
}

/** The indicators weighing most in ACH, heaviest first, with their strongest hits. */
export function achEvidence(
  v: ReportView,
  n = 3,
): Array<{ label: string; weight: number; hits: IndicatorHit[] }> {
  return [...v.e.ach.matrix]
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, n)
    .map((r) => ({
      label: r.label,
      weight: r.weight,
      hits: [...(v.e.indicators.find((i) => i.id === r.indicator)?.hits ?? [])]
        .filter((h) => h.strength > 0)
        .sort((a, b) => b.strength - a.strength)
        .slice(0, 2),
    }))
}

/** The current evidence of the indicator the first flip is about. */
export function flipEvidence(v: ReportView): IndicatorHit[] {
  const f = v.e.ach.flips[0]
  const ind = f ? v.e.indicators.find((i) => i.id === f.indicator) : undefined
  return (ind?.hits ?? []).filter((h) => h.strength > 0).slice(0, 3)
}
