import { api, qs, type PageOf } from '../api.js'
import { h, note, replace, table } from '../dom.js'
import { pager } from '../pager.js'
import { href, type Route } from '../router.js'
import type { DocSummary } from '../types.js'

const PAGE_SIZE = 50

/** Documents with full-text search. */
export async function documentsPage(root: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get('q') ?? ''
  const offset = Number(route.params.get('offset') ?? 0) || 0
  const page = await api<PageOf<DocSummary>>(`/documents${qs({ q, limit: PAGE_SIZE, offset })}`)
  const input = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'Search the text of every document',
    'aria-label': 'Search documents',
  })
  const form = h(
    'form',
    {
      class: 'search',
      onsubmit: (e) => {
        e.preventDefault()
        location.hash = href(['documents'], { q: input.value.trim() })
      },
    },
    input,
    h('button', { type: 'submit' }, 'Search'),
  )
  replace(
    root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Documents'), form),
    page.items.length
      ? table(
          ['Published', 'Title', 'Publisher', 'Length', 'Notes'],
          page.items.map((d) => [
            h('span', { class: 'nowrap' }, d.published?.slice(0, 10) ?? '—'),
            h('a', { href: href(['doc', d.id]) }, d.title ?? d.source),
            d.publisher ?? '—',
            h('span', { class: 'num nowrap' }, `${d.chars.toLocaleString('en')} chars`),
            [
              d.duplicateOf ? 'near duplicate' : '',
              d.diagnostics ? `${d.diagnostics} diagnostic${d.diagnostics === 1 ? '' : 's'}` : '',
            ]
              .filter(Boolean)
              .join(' · '),
          ]),
          'docs-table',
        )
      : note(q ? `No document contains “${q}”.` : 'No documents yet. Add some on the Ingest page.'),
    pager({ page: ['documents'], params: { q }, offset, size: PAGE_SIZE, hasMore: page.hasMore }),
  )
}
