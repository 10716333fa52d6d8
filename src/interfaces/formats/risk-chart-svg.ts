import type { RiskPoint } from '../../analyze/index.js'
import { escapeHtml } from './escape-html.js'
import { num, signed } from './report-view.js'

/** Options for `riskChartSvg`. */
export interface RiskChartOptions {
  readonly widthPx?: number
  readonly heightPx?: number
  /** Names a contribution in a point's tooltip (already plain text; escaped here). */
  readonly describe?: (c: RiskPoint['contributions'][number]) => string
}

/**
 * Inline SVG line chart of risk (0…1) per period, no script: each point carries a `<title>`
 * tooltip with its value and top contributions. Every text is escaped.
 */
export function riskChartSvg(points: readonly RiskPoint[], options: RiskChartOptions = {}): string {
  const w = options.widthPx ?? 760
  const h = options.heightPx ?? 240
  const pad = { left: 40, right: 40, top: 12, bottom: 36 }
  const iw = w - pad.left - pad.right
  const ih = h - pad.top - pad.bottom
  const x = (i: number): number =>
    pad.left + (points.length > 1 ? (i * iw) / (points.length - 1) : iw / 2)
  const y = (r: number): number => pad.top + ih * (1 - Math.min(1, Math.max(0, r)))
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Risk over time, 0 to 1">`,
  ]
  for (const g of [0, 0.25, 0.5, 0.75, 1])
    parts.push(
      `<line x1="${pad.left}" x2="${w - pad.right}" y1="${y(g)}" y2="${y(g)}" stroke="#ddd"/>`,
      `<text x="${pad.left - 6}" y="${y(g) + 4}" text-anchor="end" font-size="11" fill="#555">${g}</text>`,
    )
  const every = Math.max(1, Math.ceil(points.length / 12))
  const lastLabelled = Math.floor((points.length - 1) / every) * every
  points.forEach((p, i) => {
    // The last period gets a label too, unless it would overlap the previous one.
    const isLast = i === points.length - 1 && i - lastLabelled >= every * 0.6
    if (i % every === 0 || isLast)
      parts.push(
        `<text x="${x(i)}" y="${h - pad.bottom + 16}" text-anchor="middle" font-size="11" fill="#555">${escapeHtml(p.period)}</text>`,
      )
  })
  if (points.length > 1)
    parts.push(
      `<polyline fill="none" stroke="#b3261e" stroke-width="2" points="${points.map((p, i) => `${x(i).toFixed(1)},${y(p.risk).toFixed(1)}`).join(' ')}"/>`,
    )
  const describe = options.describe ?? ((c) => `${c.kind} ${c.id}`)
  points.forEach((p, i) => {
    const top = p.contributions
      .slice(0, 5)
      .map((c) => `${signed(c.risk)} ${describe(c)}`)
      .join('\n')
    const tip = `${p.period}: risk ${num(p.risk)}, pressure ${signed(p.pressure)}${top ? `\nshare of risk:\n${top}` : ''}`
    parts.push(
      `<circle cx="${x(i).toFixed(1)}" cy="${y(p.risk).toFixed(1)}" r="4" fill="#b3261e"><title>${escapeHtml(tip)}</title></circle>`,
    )
  })
  if (!points.length)
    parts.push(
      `<text x="${w / 2}" y="${h / 2}" text-anchor="middle" font-size="13" fill="#555">No dated evidence</text>`,
    )
  parts.push('</svg>')
  return parts.join('\n')
}
