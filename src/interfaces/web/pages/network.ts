import cytoscape from 'cytoscape'
import { api } from '../api.js'
import { card, h, note, replace } from '../dom.js'
import { EVENT_STATUSES } from '../../../core/model.js'
import { filterForm, filterInput, filterSelect } from '../filter-form.js'
import { href, type Route } from '../router.js'
import type { Network } from '../types.js'

/** Edge colour for a mean PLOVER score: red (hostile) through grey to green (cooperative). */
export function scoreColor(score: number): string {
  if (score <= -6) return '#b91c1c'
  if (score <= -2) return '#ea580c'
  if (score < 2) return '#94a3b8'
  if (score < 6) return '#16a34a'
  return '#15803d'
}

const FILTERS = ['from', 'to', 'status'] as const

/** Date range and status of the events the network is built from. */
function filters(params: URLSearchParams): HTMLElement {
  const values = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? '']))
  return filterForm(
    ['network'],
    FILTERS,
    filterInput(values, 'from', 'From', { type: 'date' }),
    filterInput(values, 'to', 'To', { type: 'date' }),
    filterSelect(values, 'status', 'Status', EVENT_STATUSES),
    h('button', { type: 'submit' }, 'Redraw'),
  )
}

/** Actor network: who does what to whom, edges coloured by mean PLOVER score. */
export async function networkPage(root: HTMLElement, route: Route): Promise<() => void> {
  const params = new URLSearchParams()
  for (const k of FILTERS) {
    const v = route.params.get(k)
    if (v) params.set(k, v)
  }
  const net = await api<Network>(`/network${params.size ? `?${params}` : ''}`)
  const graph = h('div', { class: 'graph', 'data-testid': 'network' })
  replace(
    root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Actor network')),
    filters(params),
    card(
      `${net.nodes.length} actors, ${net.edges.length} directed relations`,
      net.edges.length ? graph : note('No events with both an actor and a recipient yet.'),
      legend(),
      net.truncated
        ? note('Built from the first 10,000 events by date; narrow the dates to see the rest.')
        : null,
      note('Click a relation to see its events.'),
    ),
  )
  if (!net.edges.length) return () => undefined
  const maxCount = Math.max(...net.edges.map((e) => e.count))
  const cy = cytoscape({
    container: graph,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.id, weight: n.events } })),
      ...net.edges.map((e) => ({
        data: {
          id: `${e.source}>${e.target}`,
          source: e.source,
          target: e.target,
          color: scoreColor(e.meanScore),
          width: 1.5 + (5 * e.count) / maxCount,
          label: `${e.count} · ${e.meanScore > 0 ? '+' : ''}${e.meanScore}`,
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': '#1e3a5f',
          color: '#fff',
          'text-valign': 'center',
          'font-size': 11,
          'font-weight': 'bold',
          width: 'mapData(weight, 1, 50, 34, 64)',
          height: 'mapData(weight, 1, 50, 34, 64)',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#334155',
          'text-background-color': '#fff',
          'text-background-opacity': 0.85,
          'text-background-padding': '2px',
        },
      },
    ],
    layout: { name: 'cose', animate: false, padding: 30, nodeRepulsion: () => 9000 },
    wheelSensitivity: 0.3,
  })
  cy.on('tap', 'edge', (evt) => {
    const d = evt.target.data() as { source: string; target: string }
    location.hash = href(['events'], { actor: d.source, recipient: d.target })
  })
  return () => cy.destroy()
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    ...(
      [
        [-8, 'hostile (≤ −6)'],
        [-4, 'tense (−6…−2)'],
        [0, 'neutral'],
        [4, 'cooperative (2…6)'],
        [8, 'strongly cooperative'],
      ] as const
    ).map(([s, label]) => {
      const swatch = h('span', { class: 'swatch' })
      // CSSOM, not a style attribute: the CSP forbids inline style attributes.
      swatch.style.backgroundColor = scoreColor(s)
      return h('li', {}, swatch, label)
    }),
  )
}
