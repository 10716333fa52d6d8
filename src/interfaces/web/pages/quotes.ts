import { api, qs, type PageOf } from '../api.js'
import { h, note, replace, table } from '../dom.js'
import { pager } from '../pager.js'
import { href, type Route } from '../router.js'
import type { StoredQuote } from '../types.js'

const PAGE_SIZE = 100

/** Quotes with their speakers, each linking to its sentence in the reader. */
export async function quotesPage(root: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get('q') ?? ''
  const speaker = route.params.get('speaker') ?? ''
  const offset = Number(route.params.get('offset') ?? 0) || 0
  const page = await api<PageOf<StoredQuote>>(
    `/quotes${qs({ q, speaker, limit: PAGE_SIZE, offset })}`,
  )
  const input = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'Words in a quote',
    'aria-label': 'Search quotes',
  })
  const form = h(
    'form',
    {
      class: 'search',
      onsubmit: (e) => {
        e.preventDefault()
        location.hash = href(['quotes'], { q: input.value.trim(), speaker })
      },
    },
    input,
    h('button', { type: 'submit' }, 'Search'),
  )
  replace(
    root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Quotes'), form),
    page.items.length
      ? table(
          ['Speaker', 'Quote', 'Cue', ''],
          page.items.map((x) => [
            x.speaker
              ? h(
                  'a',
                  { href: href(['quotes'], { speaker: x.speaker }) },
                  x.speakerName ?? x.speaker,
                )
              : h('span', { class: 'muted' }, x.speakerName ?? 'unattributed'),
            h('q', {}, x.text),
            h('span', { class: 'muted' }, x.cue ?? ''),
            h(
              'a',
              { href: href(['doc', x.doc], { sentence: x.sentence }), class: 'nowrap' },
              'In context →',
            ),
          ]),
          'quotes-table',
        )
      : note(q || speaker ? 'No quote matches.' : 'No quotes yet.'),
    pager({
      page: ['quotes'],
      params: { q, speaker },
      offset,
      size: PAGE_SIZE,
      hasMore: page.hasMore,
    }),
  )
}
