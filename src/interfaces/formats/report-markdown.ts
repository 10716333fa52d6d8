import type { Claim } from '../../core/model.js'
import { stanceOf, type IndicatorHit, type WatchEvaluation } from '../../analyze/index.js'
import {
  achEvidence,
  achHeadline,
  clip,
  contributionDocs,
  flipEvidence,
  flipSize,
  orderClaims,
  num,
  reportView,
  riskHeadline,
  signed,
  type ReportView,
} from './report-view.js'

/** Periods in the Markdown risk table; a terminal screen, not the whole series. */
const MD_POINTS = 12

/** Article text inside Markdown: one line, no table breaks, no raw HTML. */
function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .trim()
}

const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] => [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
]

/** `C 1a2b3c4d5e6f [D1, D3]`: a claim and the documents that report it. */
function cite(v: ReportView, claimId: string): string {
  const c = v.claim(claimId)
  return `C ${claimId} ${c ? v.docRefs(c.mentions.map((m) => m.doc)) : ''}`.trim()
}

/**
 * Renders a watch evaluation as a Markdown report. Every statement cites its claims (`C <id>`,
 * as listed by `forewarn claims`) and documents (`[D1]`, listed under Sources with title and
 * file). Article text is flattened to one line and HTML-escaped.
 */
export function renderMarkdown(e: WatchEvaluation): string {
  const v = reportView(e)
  const out: string[] = []
  const levels = (l: string) => e.indicators.filter((i) => i.level === l)
  out.push(`# Warning report: ${md(e.watch.label)}`, '')
  out.push(
    `Watch \`${e.watch.id}\` (${e.watch.actor} → ${e.watch.target}), as of ${e.asOf ?? 'no dated evidence'}. ` +
      `${e.claims.length} claims from ${e.docs.length} documents.`,
    '',
  )
  out.push('## Summary', '')
  const head = riskHeadline(v)
  const last = e.risk.points.at(-1)
  if (head && last) {
    // Pressure, not risk shares: with cooperation subtracting, a share can exceed the risk itself.
    const top = last.contributions.filter((c) => c.pressure > 0).slice(0, 3)
    out.push(
      `- ${head}. ${top.length ? `Main drivers (pressure): ${top.map((c) => `${md(v.describe(c))} (${c.kind === 'claim' ? cite(v, c.id) : `quote ${v.docRefs(contributionDocs(v, c))}`}) ${signed(c.pressure)}`).join('; ')}.` : 'Nothing hostile weighs on it.'}`,
    )
  } else out.push('- No dated evidence: no risk series.')
  const flagged = [...levels('red'), ...levels('amber')]
  out.push(
    flagged.length
      ? `- Indicators: ${flagged
          .map(
            (i) =>
              `${md(i.label)} **${i.level.toUpperCase()}** (${i.hits
                .filter((h) => h.strength > 0)
                .slice(0, 3)
                .map((h) => (h.kind === 'claim' ? cite(v, h.id) : `quote ${v.docRefs(h.docs)}`))
                .join('; ')})`,
          )
          .join('; ')}.`
      : '- Indicators: none amber or red.',
  )
  const { lead, flip } = achHeadline(v)
  const hitRef = (h: IndicatorHit): string =>
    h.kind === 'claim' ? cite(v, h.id) : `quote ${v.docRefs(h.docs)}`
  const weighing = achEvidence(v)
  out.push(
    `- Hypotheses: ${md(lead)}.${weighing.length ? ` Evidence weighing most: ${weighing.map((w) => `${md(w.label)} (${w.hits.map(hitRef).join('; ')})`).join('; ')}.` : ''}`,
  )
  const now = flipEvidence(v)
  if (flip)
    out.push(
      `- What would change it: ${md(flip)}.${now.length ? ` Current evidence: ${now.map(hitRef).join('; ')}.` : ' There is no such evidence yet.'}`,
    )
  if (e.risk.undated.length)
    out.push(
      `- ${e.risk.undated.length} undated items are treated as current: ${e.risk.undated
        .slice(0, 8)
        .map((id) => (v.claim(id) ? cite(v, id) : id))
        .join('; ')}${e.risk.undated.length > 8 ? '; …' : ''}.`,
    )
  out.push('')

  const shown = e.risk.points.slice(-MD_POINTS)
  out.push('## Risk over time', '', md(e.risk.method), '')
  if (shown.length < e.risk.points.length)
    out.push(
      `Last ${shown.length} of ${e.risk.points.length} periods (the HTML and JSON reports have all).`,
      '',
    )
  out.push(
    ...table(
      ['Period', 'Risk', 'Pressure', 'Main contributions to pressure'],
      shown.map((p) => [
        p.period,
        num(p.risk),
        signed(p.pressure),
        p.contributions
          .filter((c) => c.pressure !== 0)
          .sort((a, b) => Math.abs(b.pressure) - Math.abs(a.pressure))
          .slice(0, 3)
          .map(
            (c) =>
              `${c.kind === 'claim' ? cite(v, c.id) : `quote ${v.docRefs(contributionDocs(v, c))}`} ${signed(c.pressure)}`,
          )
          .join('; ') || '—',
      ]),
    ),
    '',
  )

  out.push('## Indicators', '')
  out.push(
    ...table(
      ['Indicator', 'Domain', 'Level', 'Recent', 'Baseline', 'Evidence'],
      e.indicators.map((i) => [
        `${md(i.label)}${i.kind === 'counter' ? ' (counter)' : ''}`,
        i.domain,
        `**${i.level.toUpperCase()}**`,
        num(i.recent),
        num(i.baseline),
        i.hits
          .filter((h) => h.strength > 0)
          .slice(0, 4)
          .map((h) =>
            h.kind === 'claim'
              ? cite(v, h.id)
              : `quote “${md(clip(h.text, 60))}” ${v.docRefs(h.docs)}`,
          )
          .join('; ') || '—',
      ]),
    ),
    '',
    ...e.indicators.map((i) => `- ${md(i.label)}: ${md(i.reason)}.`),
    '',
  )

  out.push('## Analysis of competing hypotheses', '')
  const hyps = e.ach.hypotheses
  out.push(
    ...table(
      ['Evidence (indicator)', 'Strength', 'Diagnosticity', ...hyps.map((h) => md(h.label))],
      e.ach.matrix.map((r) => [
        md(r.label),
        num(r.strength),
        num(r.diagnosticity, 0),
        ...hyps.map((h) => r.ratings[h.id] ?? 'N'),
      ]),
    ),
    '',
    ...table(
      ['Rank', 'Hypothesis', 'Inconsistency', 'Consistency'],
      hyps.map((h) => [String(h.rank), md(h.label), num(h.inconsistency), num(h.consistency)]),
    ),
    '',
    'Lowest inconsistency leads (Heuer). Strength is each indicator’s evidence (its claims in the Indicators table) against the saturation in the watch file.',
    '',
  )
  if (e.ach.flips.length) {
    out.push('What would flip the ranking (smallest change of one indicator’s evidence first):', '')
    for (const f of e.ach.flips.slice(0, 5)) {
      const ind = e.indicators.find((i) => i.id === f.indicator)
      const to = hyps.find((h) => h.id === f.newLeader)?.label ?? f.newLeader
      out.push(
        `- ${f.direction === 'more' ? 'more' : 'less'} “${md(ind?.label ?? f.indicator)}” (${flipSize(f)}) → “${md(to)}”`,
      )
    }
  } else out.push('No change of a single indicator’s evidence changes the leading hypothesis.')
  out.push('')

  out.push('## Claims', '')
  for (const c of orderClaims(e.claims)) out.push(...claimLines(v, c), '')

  out.push('## Sources', '')
  for (const d of v.docs)
    out.push(
      `- [${v.docRef(d.id)}] ${md(d.title ?? '(untitled)')} — ${md(d.publisher ?? 'unknown publisher')}, ${d.published ?? 'undated'} — \`${md(d.file)}\` (${md(d.source)})`,
    )
  return out.join('\n') + '\n'
}

function claimLines(v: ReportView, c: Claim): string[] {
  return [
    `### C ${c.id}: ${c.actor ?? '?'} ${c.type} ${c.recipient ?? '?'}${c.actorEntity ? ` (${md(c.actorEntity)})` : ''}`,
    '',
    `**${c.status}**, ${c.independentSources} independent source${c.independentSources === 1 ? '' : 's'}, PLOVER score ${num(c.score, 1)}, ${c.firstSeen ?? 'undated'}${c.lastSeen && c.lastSeen !== c.firstSeen ? ` … ${c.lastSeen}` : ''}.`,
    '',
    ...c.mentions.map(
      (m) =>
        `- [${v.docRef(m.doc)}] ${md(m.publisher ?? 'unknown publisher')} ${stanceOf(m.status)} (${m.status}; origin: ${md(m.origin)}): “${md(clip(m.evidence, 240))}”`,
    ),
  ]
}
