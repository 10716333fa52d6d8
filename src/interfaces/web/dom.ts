/** A child of `h()`: nodes as they are, strings and numbers as text nodes, nothing for falsy. */
export type Child = Node | string | number | null | undefined | false

type Handler = (event: Event) => void
/** Attributes of `h()`: `class`, `on<event>` handlers, and plain attributes. */
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>

/**
 * Makes an element. Text always goes in as text nodes (never parsed as HTML), and `href` only
 * takes in-app hash links or http(s) URLs, so article content can never become markup or script.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value)
    else if (key === 'class') el.className = String(value)
    else if (key === 'href') el.setAttribute('href', safeHref(String(value)))
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  append(el, ...children)
  return el
}

/** Appends children as `h()` does. */
export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c == null || c === false) continue
    el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)))
  }
}

/** `href` for in-app (`#/…`) links and http(s) URLs; anything else (`javascript:` …) becomes `#`. */
export function safeHref(href: string): string {
  if (href.startsWith('#')) return href
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#'
  } catch {
    return '#'
  }
}

/** Removes every child of `el` and appends `children`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren()
  append(el, ...children)
}

/** A coloured status badge; `kind` picks the colour family (event status, claim status, level). */
export function badge(text: string, kind = text): HTMLSpanElement {
  return h('span', { class: `badge badge-${kind.replace(/[^a-z0-9-]/gi, '')}` }, text)
}

/** A table in a horizontally scrolling wrapper, so it stays usable on narrow screens. */
export function table(
  headers: readonly string[],
  rows: ReadonlyArray<readonly Child[]>,
  cls = '',
): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: cls },
      h('thead', {}, h('tr', {}, ...headers.map((t) => h('th', {}, t)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
    ),
  )
}

/** A titled section card. */
export function card(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children)
}

/** A muted one-line message (empty lists, notes). */
export function note(text: string): HTMLParagraphElement {
  return h('p', { class: 'muted' }, text)
}

/** "KAZ → RUS", with a dash for unknown sides. */
export const dyad = (a: string | null, b: string | null): string => `${a ?? '—'} → ${b ?? '—'}`
