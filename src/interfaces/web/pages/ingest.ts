import { api, token } from '../api.js'
import { badge, card, h, note, replace, table } from '../dom.js'
import type { IngestFailure, IngestSummary, StoreCounts } from '../types.js'

/** Ingest page: paste URLs or text, upload files, and see what failed and why. */
export async function ingestPage(root: HTMLElement): Promise<void> {
  const status = await api<{ counts: StoreCounts; failures: IngestFailure[] }>(
    '/ingest/status?limit=50',
  )
  const urls = h('textarea', {
    name: 'urls',
    rows: 4,
    placeholder: 'https://news.example/article (one per line)',
  })
  const pasted = h('textarea', {
    name: 'text',
    rows: 6,
    placeholder: 'Or paste an article (text or HTML)',
  })
  const files = h('input', {
    type: 'file',
    name: 'files',
    multiple: true,
    accept: '.txt,.md,.html,.htm',
  })
  const tokenInput = h('input', {
    type: 'password',
    name: 'token',
    value: token.get(),
    autocomplete: 'off',
    placeholder: 'only if the server asks for one',
  })
  const result = h('div', { class: 'result', 'aria-live': 'polite' })
  const button = h('button', { type: 'submit' }, 'Ingest')
  const form = h(
    'form',
    {
      class: 'ingest-form',
      onsubmit: (e) => {
        e.preventDefault()
        void submit()
      },
    },
    h('label', {}, 'URLs', urls),
    h('label', {}, 'Text', pasted),
    h('label', {}, 'Files', files),
    h('label', {}, 'Token', tokenInput),
    h('div', {}, button),
  )
  async function submit(): Promise<void> {
    token.set(tokenInput.value.trim())
    const texts = await Promise.all(
      Array.from(files.files ?? []).map(async (f) => ({ name: f.name, content: await f.text() })),
    )
    if (pasted.value.trim()) texts.push({ name: 'pasted.txt', content: pasted.value })
    button.disabled = true
    replace(result, note('Reading and analysing…'))
    try {
      const summary = await api<IngestSummary>('/ingest', {
        method: 'POST',
        body: { urls: urls.value.split(/\s+/).filter(Boolean), texts },
      })
      replace(result, summaryView(summary))
      await refreshFailures()
    } catch (err) {
      replace(
        result,
        h(
          'div',
          { class: 'error', role: 'alert' },
          err instanceof Error ? err.message : String(err),
        ),
      )
    } finally {
      button.disabled = false
    }
  }
  const failures = h('div', {})
  async function refreshFailures(): Promise<void> {
    const s = await api<{ failures: IngestFailure[] }>('/ingest/status?limit=50')
    replace(failures, failureTable(s.failures))
  }
  replace(failures, failureTable(status.failures))
  const c = status.counts
  replace(
    root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Ingest')),
    h(
      'div',
      { class: 'grid-2' },
      card('Add sources', form, result),
      card(
        'In the store',
        table(
          ['What', 'Count'],
          Object.entries(c).map(([k, v]) => [k, h('span', { class: 'num' }, v)]),
        ),
      ),
    ),
    card('Recent failures', failures),
  )
}

function summaryView(s: IngestSummary): HTMLElement {
  return h(
    'div',
    { class: 'summary' },
    h(
      'p',
      {},
      `Stored ${s.stored}, already stored ${s.unchanged}, duplicates ${s.duplicates}, skipped ${s.skipped.length}, failed ${s.failed.length}.`,
    ),
    ...[...s.failed, ...s.skipped].map((f) =>
      h('p', { class: 'muted small' }, badge(f.code, 'failure'), ` ${f.uri}: ${f.message}`),
    ),
  )
}

function failureTable(failures: readonly IngestFailure[]): HTMLElement {
  if (!failures.length) return note('Nothing has failed.')
  return table(
    ['When', 'Source', 'Code', 'Reason'],
    failures.map((f) => [
      h('span', { class: 'nowrap' }, f.at.slice(0, 19).replace('T', ' ')),
      h('code', {}, f.uri),
      badge(f.code, 'failure'),
      f.message,
    ]),
    'failures-table',
  )
}
