import { api, qs, type PageOf } from '../api.js'
import { lineChart } from '../charts.js'
import { badge, card, dyad, h, note, replace, table } from '../dom.js'
import { pager } from '../pager.js'
import { href, type Route } from '../router.js'
import type { StoredEvent } from '../types.js'
import { EVENT_STATUSES, EVENT_TYPES } from '../../../core/model.js'
import { filterForm, filterInput, filterSelect } from '../filter-form.js'

const FILTERS = ['actor', 'recipient', 'type', 'status', 'entity', 'from', 'to', 'q'] as const
const PAGE_SIZE = 50

/** Events timeline: filters, events per month, and the table with evidence links. */
export async function eventsPage(root: HTMLElement, route: Route): Promise<() => void> {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, route.params.get(f) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >
  const offset = Number(route.params.get('offset') ?? 0) || 0
  // The timeline counts up to 500 matching events; the table pages through all of them.
  const [page, timeline] = await Promise.all([
    api<PageOf<StoredEvent>>(`/events${qs({ ...filters, limit: PAGE_SIZE, offset })}`),
    api<PageOf<StoredEvent>>(`/events${qs({ ...filters, limit: 500 })}`),
  ])
  const chartEl = h('div', { class: 'chart' })
  const monthly = perMonth(timeline.items)
  replace(
    root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Events')),
    eventFilters(filters),
    card(
      'Timeline',
      monthly.length ? chartEl : note('No dated events match these filters.'),
      timeline.hasMore ? note('The timeline shows the first 500 matching events.') : null,
    ),
    card(
      `Events${offset ? ` from ${offset + 1}` : ''}`,
      page.items.length ? eventTable(page.items) : note('No events match these filters.'),
      pager({ page: ['events'], params: filters, offset, size: PAGE_SIZE, hasMore: page.hasMore }),
    ),
  )
  return monthly.length
    ? lineChart(chartEl, monthly, { label: 'events', color: '#2563eb', bars: true, height: 180 })
    : () => undefined
}

function perMonth(events: readonly StoredEvent[]): Array<{ date: string; value: number }> {
  const counts = new Map<string, number>()
  for (const e of events)
    if (e.date) counts.set(e.date.slice(0, 7), (counts.get(e.date.slice(0, 7)) ?? 0) + 1)
  const months = [...counts.keys()].sort()
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last) return []
  // Every month from the first to the last, so quiet months show as gaps rather than vanish.
  const out: Array<{ date: string; value: number }> = []
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))]
  for (let key = first; key <= last; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push({ date: key, value: counts.get(key) ?? 0 })
    if (m === 12) [y, m] = [y + 1, 1]
    else m++
  }
  return out
}

function eventFilters(values: Record<string, string>): HTMLElement {
  return filterForm(
    ['events'],
    FILTERS,
    filterInput(values, 'actor', 'Actor', { placeholder: 'RUS', size: '6' }),
    filterInput(values, 'recipient', 'Recipient', { placeholder: 'KAZ', size: '6' }),
    filterSelect(values, 'type', 'Type', EVENT_TYPES),
    filterSelect(values, 'status', 'Status', EVENT_STATUSES),
    filterInput(values, 'from', 'From', { type: 'date' }),
    filterInput(values, 'to', 'To', { type: 'date' }),
    filterInput(values, 'q', 'Words', { type: 'search', placeholder: 'in the evidence' }),
    h('input', { type: 'hidden', name: 'entity', value: values['entity'] ?? '' }),
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: '#/events', class: 'button secondary' }, 'Clear'),
  )
}

/** Events with their evidence sentence linking into the document reader. */
export function eventTable(events: readonly StoredEvent[]): HTMLElement {
  return table(
    ['Date', 'Type', 'Actor → recipient', 'Status', 'Score', 'Evidence'],
    events.map((e) => [
      h('span', { class: 'nowrap' }, e.date ?? '—'),
      h('span', { class: 'type' }, e.type),
      h('span', { class: 'nowrap' }, dyad(e.actor, e.recipient)),
      badge(e.status),
      h(
        'span',
        { class: `score ${e.score < 0 ? 'neg' : e.score > 0 ? 'pos' : ''}` },
        String(e.score),
      ),
      h('a', { href: href(['doc', e.doc], { event: e.id }), class: 'evidence' }, e.evidence),
    ]),
    'events-table',
  )
}
