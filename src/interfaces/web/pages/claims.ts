import { api, qs, type PageOf } from '../api.js'
import { badge, dyad, h, note, replace } from '../dom.js'
import { href, type Route } from '../router.js'
import type { Claim } from '../types.js'

const STATUSES = ['corroborated', 'single-source', 'disputed', 'denied', 'unverified']

/** Claims with status badges and their sources; each mention links to its sentence. */
export async function claimsPage(root: HTMLElement, route: Route): Promise<void> {
  const status = route.params.get('status') ?? ''
  const focus = route.params.get('focus')
  const page = await api<PageOf<Claim>>(`/claims${qs({ status, limit: 200 })}`)
  replace(
    root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Claims'), statusTabs(status)),
    page.items.length
      ? h('div', { class: 'claims' }, ...page.items.map((c) => claimCard(c, c.id === focus)))
      : note('No claims yet. Claims appear once events are coded from ingested documents.'),
    page.hasMore ? note('Showing the first 200 claims.') : null,
  )
  if (focus) document.getElementById(`claim-${focus}`)?.scrollIntoView({ block: 'start' })
}

function statusTabs(current: string): HTMLElement {
  return h(
    'nav',
    { class: 'tabs' },
    h('a', { href: '#/claims', class: current ? '' : 'active' }, 'All'),
    ...STATUSES.map((s) =>
      h('a', { href: href(['claims'], { status: s }), class: current === s ? 'active' : '' }, s),
    ),
  )
}

function claimCard(c: Claim, focused: boolean): HTMLElement {
  const details = h(
    'details',
    { class: 'claim-card card', id: `claim-${c.id}`, open: focused, 'data-claim': c.id },
    h(
      'summary',
      {},
      badge(c.status),
      h('span', { class: 'claim-title' }, c.summary || `${c.type} ${dyad(c.actor, c.recipient)}`),
      h(
        'span',
        { class: 'claim-meta' },
        h('span', { class: 'type' }, c.type),
        ` ${dyad(c.actor, c.recipient)} · ${c.independentSources} independent of ${c.mentions.length} mention${c.mentions.length === 1 ? '' : 's'}`,
        c.firstSeen
          ? ` · ${c.firstSeen}${c.lastSeen && c.lastSeen !== c.firstSeen ? ` – ${c.lastSeen}` : ''}`
          : '',
      ),
    ),
    h(
      'ol',
      { class: 'mentions' },
      ...c.mentions.map((m) =>
        h(
          'li',
          {},
          h(
            'div',
            { class: 'mention-head' },
            badge(m.status),
            h('strong', {}, m.publisher ?? m.source),
            m.date ? h('span', { class: 'muted' }, ` ${m.date}`) : null,
          ),
          h('blockquote', {}, m.evidence),
          h(
            'a',
            {
              href: href(['doc', m.doc], { event: m.eventId }),
              class: 'to-source',
              'data-event': m.eventId,
            },
            'Read in the document →',
          ),
        ),
      ),
    ),
  )
  return details
}
