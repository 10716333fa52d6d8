import { api } from '../api.js'
import { h } from '../dom.js'
import { href, type Route } from '../router.js'

/** A select of the watches; changing it navigates to `page` with `?watch=`. */
export async function watchPicker(
  route: Route,
  page: string,
): Promise<{ id: string | undefined; el: HTMLElement }> {
  const { items } = await api<{ items: Array<{ id: string; label: string }> }>('/watches')
  const id = route.params.get('watch') ?? items[0]?.id
  const select = h(
    'select',
    {
      'aria-label': 'Watch',
      onchange: (e) => {
        location.hash = href(page ? [page] : [], { watch: (e.target as HTMLSelectElement).value })
      },
    },
    ...items.map((w) => h('option', { value: w.id, selected: w.id === id }, w.label)),
  )
  return { id, el: h('label', { class: 'picker' }, 'Watch ', select) }
}
