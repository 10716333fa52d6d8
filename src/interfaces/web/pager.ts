import { h } from './dom.js'
import { href } from './router.js'

/** Where a list page is and what it keeps in its address while paging. */
export interface PagerState {
  /** Route of the list page (`['events']`). */
  readonly page: readonly string[]
  /** Filters kept on every page (`q`, `speaker`, …); empty ones are left out of the link. */
  readonly params: Record<string, string | number | null | undefined>
  readonly offset: number
  readonly size: number
  /** The API said a further page exists. */
  readonly hasMore: boolean
}

/** "← Previous" / "Next →" links of a paged list (no total needed: the API pages without one). */
export function pager(s: PagerState): HTMLElement {
  const link = (offset: number | null, label: string): HTMLElement =>
    h('a', { class: 'button secondary', href: href(s.page, { ...s.params, offset }) }, label)
  return h(
    'nav',
    { class: 'pager' },
    s.offset > 0 ? link(Math.max(0, s.offset - s.size) || null, '← Previous') : null,
    s.hasMore ? link(s.offset + s.size, 'Next →') : null,
  )
}
