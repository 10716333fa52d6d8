import { api, qs, type PageOf } from '../api.js'
import { h, note, replace, table } from '../dom.js'
import { href, type Route } from '../router.js'
import type { StoredEntity } from '../types.js'

const TYPES = ['COUNTRY', 'IGO', 'PERSON', 'ORG', 'PLACE']

/** Resolved entities by mentions, with the spellings merged into each. */
export async function entitiesPage(root: HTMLElement, route: Route): Promise<void> {
  const type = route.params.get('type') ?? ''
  const q = route.params.get('q') ?? ''
  const page = await api<PageOf<StoredEntity>>(`/entities${qs({ type, q, limit: 200 })}`)
  replace(
    root,
    h(
      'div',
      { class: 'page-head' },
      h('h1', {}, 'Entities'),
      h(
        'nav',
        { class: 'tabs' },
        h('a', { href: '#/entities', class: type ? '' : 'active' }, 'All'),
        ...TYPES.map((t) =>
          h(
            'a',
            { href: href(['entities'], { type: t }), class: type === t ? 'active' : '' },
            t.toLowerCase(),
          ),
        ),
      ),
    ),
    page.items.length
      ? table(
          ['Name', 'Type', 'Country', 'Role', 'Mentions', 'Documents', 'Spellings'],
          page.items.map((e) => [
            h(
              'a',
              { href: href(['events'], { entity: e.id }), class: `chip ent-${e.type}` },
              e.name,
            ),
            e.type,
            e.country ?? '—',
            [e.sector, e.role].filter(Boolean).join(' · ') || '—',
            h('span', { class: 'num' }, e.mentionCount),
            h('span', { class: 'num' }, e.docCount),
            h('span', { class: 'muted small' }, e.aliases.filter((a) => a !== e.name).join(', ')),
          ]),
        )
      : note('No entities match.'),
    page.hasMore ? note('Showing the 200 most mentioned.') : null,
  )
}
