import 'uplot/dist/uPlot.min.css'
import './styles/base.css'
import './styles/components.css'
import './styles/pages.css'
import { ApiError, token } from './api.js'
import { h, replace } from './dom.js'
import { achPage } from './pages/ach.js'
import { claimsPage } from './pages/claims.js'
import { documentsPage } from './pages/documents.js'
import { entitiesPage } from './pages/entities.js'
import { eventsPage } from './pages/events.js'
import { ingestPage } from './pages/ingest.js'
import { networkPage } from './pages/network.js'
import { overviewPage } from './pages/overview.js'
import { quotesPage } from './pages/quotes.js'
import { readerPage } from './pages/reader.js'
import { currentRoute, type Route } from './router.js'

/** A page renders into `root` for a route; it may return a cleanup run when the page is left. */
type Page = (root: HTMLElement, route: Route) => Promise<(() => void) | void>

const PAGES: Record<string, Page> = {
  '': overviewPage,
  events: eventsPage,
  network: networkPage,
  claims: claimsPage,
  documents: documentsPage,
  doc: readerPage,
  quotes: quotesPage,
  entities: entitiesPage,
  ach: achPage,
  ingest: ingestPage,
}

let cleanup: (() => void) | void
let generation = 0

async function render(): Promise<void> {
  const root = document.getElementById('app')
  if (!root) return
  const route = currentRoute()
  const name = route.parts[0] ?? ''
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('#nav a'))) {
    const target = a.getAttribute('href')?.replace(/^#\/?/, '') ?? ''
    const active = target === (name === 'doc' ? 'documents' : name)
    a.classList.toggle('active', active)
    if (active) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  cleanup?.()
  cleanup = undefined
  const mine = ++generation
  const page = PAGES[name]
  const view = h('div', { class: 'page', 'data-page': name || 'overview' })
  replace(root, view)
  if (!page) {
    replace(view, h('h1', {}, 'Not found'), h('p', {}, 'No page here. Use the menu above.'))
    return
  }
  try {
    const done = await page(view, route)
    if (mine === generation) cleanup = done
    else done?.()
  } catch (e) {
    if (e instanceof ApiError && e.code === 'UNAUTHORIZED')
      replace(
        view,
        tokenForm(() => void render()),
      )
    else {
      const message = e instanceof ApiError ? `${e.message} (${e.code})` : String(e)
      replace(view, h('div', { class: 'error', role: 'alert' }, message))
    }
  }
  root.setAttribute('data-ready', String(mine))
}

/** Asks for the server's token (servers listening beyond loopback require it for reads). */
function tokenForm(retry: () => void): HTMLElement {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', required: true })
  return h(
    'form',
    {
      class: 'card token-form',
      onsubmit: (e) => {
        e.preventDefault()
        token.set(input.value.trim())
        retry()
      },
    },
    h('h2', {}, 'This server needs a token'),
    h(
      'p',
      { class: 'muted' },
      'Ask whoever started it for the token given to forewarn serve --token.',
    ),
    h('label', {}, 'Token', input),
    h('div', {}, h('button', { type: 'submit' }, 'Continue')),
  )
}

window.addEventListener('hashchange', () => void render())
void render()
