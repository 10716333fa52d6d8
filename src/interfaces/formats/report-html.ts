import type { Claim } from '../../core/model.js'
import { stanceOf, type IndicatorHit, type WatchEvaluation } from '../../analyze/index.js'
import { escapeHtml as esc } from './escape-html.js'
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
import { riskChartSvg } from './risk-chart-svg.js'

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1d1d1f}
table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.lvl{font-weight:bold;border-radius:4px;padding:1px 6px;color:#fff}
.red{background:#b3261e}.amber{background:#b26a00}.green{background:#2e7d32}
.cite{font-size:.85em;color:#555}blockquote{margin:.3em 0 .3em 1em;color:#333}code{font-size:.9em}`

/**
 * Renders a watch evaluation as a self-contained HTML page: the risk chart (inline SVG with
 * tooltips), the indicator table, the ACH matrix, the claims with every source, and the sources.
 * No script, a Content-Security-Policy that forbids any, and every article text escaped.
 */
export function renderHtml(e: WatchEvaluation): string {
  const v = reportView(e)
  const cite = (claimId: string): string => {
    const c = v.claim(claimId)
    return `<a href="#c-${esc(claimId)}">C ${esc(claimId)}</a> <span class="cite">${esc(c ? v.docRefs(c.mentions.map((m) => m.doc)) : '')}</span>`
  }
  const hitCite = (h: IndicatorHit): string =>
    h.kind === 'claim'
      ? cite(h.id)
      : `quote “${esc(clip(h.text, 80))}” <span class="cite">${esc(v.docRefs(h.docs))}</span>`
  const level = (l: string): string => `<span class="lvl ${esc(l)}">${esc(l.toUpperCase())}</span>`
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">`,
    `<title>Warning report: ${esc(e.watch.label)}</title><style>${STYLE}</style></head><body>`,
    `<h1>Warning report: ${esc(e.watch.label)}</h1>`,
    `<p>Watch <code>${esc(e.watch.id)}</code> (${esc(e.watch.actor)} → ${esc(e.watch.target)}), as of ${esc(e.asOf ?? 'no dated evidence')}. ${e.claims.length} claims from ${e.docs.length} documents.</p>`,
    '<h2>Summary</h2><ul>',
  ]
  const head = riskHeadline(v)
  const last = e.risk.points.at(-1)
  if (head && last) {
    // Pressure, not risk shares: with cooperation subtracting, a share can exceed the risk itself.
    const top = last.contributions.filter((c) => c.pressure > 0).slice(0, 3)
    out.push(
      `<li>${esc(head)}. ${top.map((c) => `${esc(v.describe(c))} (${c.kind === 'claim' ? cite(c.id) : esc(v.docRefs(contributionDocs(v, c)))}) ${esc(signed(c.pressure))}`).join('; ')}</li>`,
    )
  } else out.push('<li>No dated evidence: no risk series.</li>')
  for (const i of e.indicators.filter((x) => x.level !== 'green'))
    out.push(
      `<li>${esc(i.label)} ${level(i.level)}: ${i.hits
        .filter((h) => h.strength > 0)
        .slice(0, 3)
        .map(hitCite)
        .join('; ')}</li>`,
    )
  const { lead, flip } = achHeadline(v)
  const weighing = achEvidence(v)
  out.push(
    `<li>${esc(lead)}.${weighing.length ? ` Evidence weighing most: ${weighing.map((w) => `${esc(w.label)} (${w.hits.map(hitCite).join('; ')})`).join('; ')}.` : ''}</li>`,
  )
  const now = flipEvidence(v)
  if (flip)
    out.push(
      `<li>${esc(flip)}.${now.length ? ` Current evidence: ${now.map(hitCite).join('; ')}.` : ' There is no such evidence yet.'}</li>`,
    )
  if (e.risk.undated.length)
    out.push(`<li>${e.risk.undated.length} undated items are treated as current.</li>`)
  out.push('</ul>')

  out.push('<h2>Risk over time</h2>')
  out.push(riskChartSvg(e.risk.points, { describe: (c) => v.describe(c) }))
  out.push(`<p class="cite">${esc(e.risk.method)}</p>`)
  out.push(
    '<table><tr><th>Period</th><th>Risk</th><th>Pressure</th><th>Main contributions to pressure</th></tr>',
  )
  for (const p of e.risk.points)
    out.push(
      `<tr><td>${esc(p.period)}</td><td>${num(p.risk)}</td><td>${signed(p.pressure)}</td><td>${
        p.contributions
          .filter((c) => c.pressure !== 0)
          .sort((a, b) => Math.abs(b.pressure) - Math.abs(a.pressure))
          .slice(0, 3)
          .map(
            (c) =>
              `${c.kind === 'claim' ? cite(c.id) : `quote ${esc(v.docRefs(contributionDocs(v, c)))}`} ${esc(signed(c.pressure))}`,
          )
          .join('; ') || '—'
      }</td></tr>`,
    )
  out.push('</table>')

  out.push(
    '<h2>Indicators</h2><table><tr><th>Indicator</th><th>Domain</th><th>Level</th><th>Recent</th><th>Baseline</th><th>Why</th><th>Evidence</th></tr>',
  )
  for (const i of e.indicators)
    out.push(
      `<tr><td>${esc(i.label)}${i.kind === 'counter' ? ' (counter)' : ''}</td><td>${esc(i.domain)}</td><td>${level(i.level)}</td><td>${num(i.recent)}</td><td>${num(i.baseline)}</td><td>${esc(i.reason)}</td><td>${
        i.hits
          .filter((h) => h.strength > 0)
          .slice(0, 6)
          .map(hitCite)
          .join('<br>') || '—'
      }</td></tr>`,
    )
  out.push('</table>')

  const hyps = e.ach.hypotheses
  out.push(
    '<h2>Analysis of competing hypotheses</h2><table><tr><th>Evidence (indicator)</th><th>Strength</th><th>Diagnosticity</th>',
  )
  out.push(...hyps.map((h) => `<th>${esc(h.label)}</th>`), '</tr>')
  for (const r of e.ach.matrix)
    out.push(
      `<tr><td>${esc(r.label)}</td><td>${num(r.strength)}</td><td>${num(r.diagnosticity, 0)}</td>${hyps.map((h) => `<td>${esc(r.ratings[h.id] ?? 'N')}</td>`).join('')}</tr>`,
    )
  out.push(
    '</table><table><tr><th>Rank</th><th>Hypothesis</th><th>Inconsistency</th><th>Consistency</th></tr>',
  )
  for (const h of hyps)
    out.push(
      `<tr><td>${h.rank}</td><td>${esc(h.label)}</td><td>${num(h.inconsistency)}</td><td>${num(h.consistency)}</td></tr>`,
    )
  out.push('</table><p>Lowest inconsistency leads (Heuer).</p><ul>')
  for (const f of e.ach.flips.slice(0, 5)) {
    const ind = e.indicators.find((i) => i.id === f.indicator)
    const to = hyps.find((h) => h.id === f.newLeader)?.label ?? f.newLeader
    out.push(
      `<li>${f.direction} “${esc(ind?.label ?? f.indicator)}” (${flipSize(f)}) → “${esc(to)}”</li>`,
    )
  }
  out.push('</ul><h2>Claims</h2>')
  for (const c of orderClaims(e.claims)) out.push(claimHtml(v, c))

  out.push('<h2>Sources</h2><ol>')
  for (const d of v.docs)
    out.push(
      `<li id="${esc(v.docRef(d.id))}">[${esc(v.docRef(d.id))}] ${esc(d.title ?? '(untitled)')} — ${esc(d.publisher ?? 'unknown publisher')}, ${esc(d.published ?? 'undated')} — <code>${esc(d.file)}</code> <span class="cite">${esc(d.source)}</span></li>`,
    )
  out.push('</ol></body></html>')
  return out.join('\n') + '\n'
}

function claimHtml(v: ReportView, c: Claim): string {
  const who = `${c.actor ?? '?'} ${c.type} ${c.recipient ?? '?'}${c.actorEntity ? ` (${c.actorEntity})` : ''}`
  return [
    `<h3 id="c-${esc(c.id)}">C ${esc(c.id)}: ${esc(who)}</h3>`,
    `<p><b>${esc(c.status)}</b>, ${c.independentSources} independent source(s), PLOVER score ${num(c.score, 1)}, ${esc(c.firstSeen ?? 'undated')}.</p><ul>`,
    ...c.mentions.map(
      (m) =>
        `<li>[${esc(v.docRef(m.doc))}] ${esc(m.publisher ?? 'unknown publisher')} ${esc(stanceOf(m.status))} (${esc(m.status)}; origin: ${esc(m.origin)})<blockquote>${esc(clip(m.evidence, 300))}</blockquote></li>`,
    ),
    '</ul>',
  ].join('\n')
}
