import { api } from '../api.js'
import { lineChart } from '../charts.js'
import { badge, card, dyad, h, note, replace } from '../dom.js'
import { href, type Route } from '../router.js'
import type { ClaimListItem, StoreCounts, WatchReport } from '../types.js'
import { watchPicker } from './watch-picker.js'

/** Overview of a watch: corpus counts, risk over time, indicator board, top claims. */
export async function overviewPage(root: HTMLElement, route: Route): Promise<() => void> {
  const [picker, { counts }] = await Promise.all([
    watchPicker(route, ''),
    api<{ counts: StoreCounts }>('/ingest/status?limit=1'),
  ])
  const report = picker.id
    ? await api<WatchReport>(`/watches/${encodeURIComponent(picker.id)}`)
    : undefined
  const chartEl = h('div', { class: 'chart', 'data-testid': 'risk-chart' })
  const series = (report?.risk ?? []).map((p) => ({ date: p.date, value: p.risk }))
  replace(
    root,
    h(
      'div',
      { class: 'page-head' },
      h('h1', {}, report ? report.watch.label : 'Overview'),
      picker.el,
    ),
    h(
      'div',
      { class: 'stats' },
      ...(
        [
          ['Documents', counts.documents, '#/documents'],
          ['Entities', counts.entities, '#/entities'],
          ['Events', counts.events, '#/events'],
          ['Quotes', counts.quotes, '#/quotes'],
          ['Claims', counts.claims, '#/claims'],
        ] as const
      ).map(([label, n, link]) =>
        h(
          'a',
          { class: 'stat', href: link },
          h('strong', {}, n.toLocaleString('en')),
          h('span', {}, label),
        ),
      ),
    ),
    report
      ? h(
          'div',
          { class: 'grid-2' },
          card(
            'Risk over time',
            series.length ? chartEl : note('No dated evidence for this watch yet.'),
            h(
              'p',
              { class: 'muted small' },
              report.asOf ? `As of ${report.asOf}. ` : '',
              report.undated ? `${report.undated} undated claims are not on the line. ` : '',
              report.method,
            ),
            contributions(report),
          ),
          card('Indicators', indicatorBoard(report)),
        )
      : note('No watch is defined.'),
    report ? card('Top claims', claimList(report.topClaims)) : null,
  )
  return series.length
    ? lineChart(chartEl, series, { label: 'risk', color: '#c2410c', range: [0, 1] })
    : () => undefined
}

function contributions(report: WatchReport): HTMLElement | null {
  // The latest point, unless risk has decayed to nothing: then the peak, which explains the line.
  const latest = report.risk[report.risk.length - 1]
  const peak = report.risk.reduce<(typeof report.risk)[number] | undefined>(
    (best, p) => (!best || p.risk > best.risk ? p : best),
    undefined,
  )
  const last = latest && latest.risk >= 0.05 ? latest : peak
  const top = (last?.contributions ?? []).filter((c) => c.risk > 0).slice(0, 6)
  if (!last || !top.length) return null
  const max = Math.max(...top.map((c) => c.risk), 0.0001)
  return h(
    'div',
    { class: 'contrib' },
    h('h3', {}, `What drives ${last.period} (risk ${last.risk.toFixed(2)})`),
    ...top.map((c) =>
      h(
        'div',
        { class: 'contrib-row' },
        c.kind === 'claim'
          ? h('a', { href: href(['claims'], { focus: c.id }) }, report.claimSummaries[c.id] ?? c.id)
          : h('span', {}, `quote ${c.id}`),
        h('meter', { min: 0, max, value: c.risk }),
        h('span', { class: 'num' }, c.risk.toFixed(2)),
      ),
    ),
  )
}

function indicatorBoard(report: WatchReport): HTMLElement {
  if (!report.indicators.length) return note('This watch defines no indicators.')
  return h(
    'ul',
    { class: 'board', 'data-testid': 'indicator-board' },
    ...report.indicators.map((i) =>
      h(
        'li',
        { class: `tile level-${i.level}`, title: i.reason },
        h('span', { class: 'tile-label' }, i.label),
        h(
          'span',
          { class: 'tile-meta' },
          badge(i.level),
          h(
            'span',
            { class: 'muted small' },
            i.kind === 'counter'
              ? 'counter-indicator'
              : `${i.hits.length} hit${i.hits.length === 1 ? '' : 's'}`,
          ),
        ),
        h('span', { class: 'tile-reason' }, i.reason),
      ),
    ),
  )
}

/** Claims as compact rows with status badge and source count, linking to the claims page. */
export function claimList(claims: readonly ClaimListItem[]): HTMLElement {
  if (!claims.length) return note('No claims about this pair yet.')
  return h(
    'ul',
    { class: 'claim-list' },
    ...claims.map((c) =>
      h(
        'li',
        {},
        badge(c.status),
        h(
          'a',
          { href: href(['claims'], { focus: c.id }) },
          c.summary || `${c.type} ${dyad(c.actor, c.recipient)}`,
        ),
        h(
          'span',
          { class: 'muted small' },
          `${c.independentSources} independent source${c.independentSources === 1 ? '' : 's'}`,
        ),
      ),
    ),
  )
}
