import { api, qs, type PageOf } from '../api.js'
import { badge, dyad, h, note, replace } from '../dom.js'
import { href, type Route } from '../router.js'
import type { Claim, ClaimListItem, ClaimMention } from '../types.js'

const STATUSES = ['corroborated', 'single-source', 'disputed', 'denied', 'unverified']

/**
 * Claims with status badges and their first sources; the rest of a claim's mentions are fetched
 * when asked for (a list item carries 3). Each mention links to its sentence. A focused claim
 * (`focus=id`, from the overview) is shown whole, first when it is not on the page.
 */
export async function claimsPage(root: HTMLElement, route: Route): Promise<void> {
  const status = route.params.get('status') ?? ''
  const focus = route.params.get('focus')
  const [page, focused] = await Promise.all([
    api<PageOf<ClaimListItem>>(`/claims${qs({ status, limit: 200 })}`),
    focus ? api<Claim>(`/claims/${encodeURIComponent(focus)}`).catch(() => undefined) : undefined,
  ])
  const items: Array<ClaimListItem | Claim> = page.items.map((c) =>
    c.id === focused?.id ? focused : c,
  )
  if (focused && !page.items.some((c) => c.id === focused.id)) items.unshift(focused)
  replace(
    root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Claims'), statusTabs(status)),
    items.length
      ? h('div', { class: 'claims' }, ...items.map((c) => claimCard(c, c.id === focus)))
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

/** The mentions a card can show now, and how many the claim has. */
function mentionsOf(c: ClaimListItem | Claim): { shown: readonly ClaimMention[]; total: number } {
  return 'mentions' in c
    ? { shown: c.mentions, total: c.mentions.length }
    : { shown: c.firstMentions, total: c.mentionCount }
}

function claimCard(c: ClaimListItem | Claim, focused: boolean): HTMLElement {
  const { shown, total } = mentionsOf(c)
  const list = h('ol', { class: 'mentions' }, ...shown.map(mentionItem))
  const more =
    total > shown.length
      ? h(
          'button',
          {
            type: 'button',
            class: 'button secondary more-mentions',
            onclick: (event: Event) => {
              const button = event.currentTarget as HTMLButtonElement
              button.disabled = true
              api<Claim>(`/claims/${encodeURIComponent(c.id)}`)
                .then((whole) => {
                  replace(list, ...whole.mentions.map(mentionItem))
                  button.remove()
                })
                .catch((e: unknown) => {
                  button.disabled = false
                  button.textContent = `Could not load the mentions (${String(e)}); try again`
                })
            },
          },
          `Show all ${total} mentions`,
        )
      : null
  return h(
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
        ` ${dyad(c.actor, c.recipient)} · ${c.independentSources} independent of ${total} mention${total === 1 ? '' : 's'}`,
        c.firstSeen
          ? ` · ${c.firstSeen}${c.lastSeen && c.lastSeen !== c.firstSeen ? ` – ${c.lastSeen}` : ''}`
          : '',
      ),
    ),
    list,
    more,
  )
}

function mentionItem(m: ClaimMention): HTMLElement {
  return h(
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
  )
}
