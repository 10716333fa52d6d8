import { api } from '../api.js'
import { badge, card, dyad, h, note, replace, safeHref } from '../dom.js'
import { href, type Route } from '../router.js'
import type { DocDetail } from '../types.js'
import { locate, type Range } from '../locate.js'
import { renderText } from './highlight.js'

/**
 * The document reader: clean text (boilerplate already removed by the cleaner) with entities and
 * event sentences highlighted; `?event=ID` or `?sentence=N` scrolls to and marks that sentence.
 */
export async function readerPage(root: HTMLElement, route: Route): Promise<void> {
  const id = route.parts[1] ?? ''
  const doc = await api<DocDetail>(`/documents/${encodeURIComponent(id)}`)
  const entityType = new Map(doc.entities.map((e) => [e.id, e.type]))
  const entityName = new Map(doc.entities.map((e) => [e.id, e.name]))
  const found = await evidenceInCopy(doc, route.params.get('event'))
  const text = renderText(doc, entityType, found)
  const { meta, source } = doc
  const link = meta.url ?? (/^https?:\/\//.test(source.uri) ? source.uri : null)
  replace(
    root,
    h(
      'div',
      { class: 'reader' },
      h(
        'div',
        { class: 'reader-main' },
        h('h1', { class: 'doc-title' }, meta.title ?? source.file),
        h(
          'p',
          { class: 'doc-meta' },
          [meta.publisher, meta.published?.slice(0, 10), meta.authors.join(', ')]
            .filter(Boolean)
            .join(' · '),
          ' · ',
          link && safeHref(link) !== '#'
            ? h(
                'a',
                { href: link, rel: 'noopener noreferrer nofollow', target: '_blank' },
                'original',
              )
            : h('code', {}, source.uri),
        ),
        doc.duplicateOf
          ? h(
              'p',
              { class: 'notice' },
              'Near duplicate of ',
              h(
                'a',
                { href: href(['doc', doc.duplicateOf], { event: route.params.get('event') }) },
                'another document',
              ),
              '; not analysed again.',
            )
          : null,
        text,
      ),
      h(
        'aside',
        { class: 'reader-side' },
        card(
          `Events (${doc.events.length})`,
          doc.events.length
            ? h(
                'ul',
                { class: 'side-list' },
                ...doc.events.map((e) =>
                  h(
                    'li',
                    {},
                    h(
                      'a',
                      { href: href(['doc', doc.id], { event: e.id }) },
                      h('span', { class: 'type' }, e.type),
                      ` ${dyad(e.actor, e.recipient)} `,
                    ),
                    badge(e.status),
                  ),
                ),
              )
            : note('No events coded in this document.'),
        ),
        card(
          `Entities (${doc.entities.length})`,
          doc.entities.length ? null : note('No entities marked in this document.'),
          h(
            'ul',
            { class: 'chips' },
            ...doc.entities.map((e) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: href(['events'], { entity: e.id }), class: `chip ent-${e.type}` },
                  e.name,
                ),
              ),
            ),
          ),
        ),
        card(
          `Quotes (${doc.quotes.length})`,
          doc.quotes.length
            ? h(
                'ul',
                { class: 'side-list' },
                ...doc.quotes.map((q) =>
                  h(
                    'li',
                    {},
                    h('q', {}, q.text),
                    h(
                      'span',
                      { class: 'muted small' },
                      ` — ${(q.speaker && entityName.get(q.speaker)) ?? q.speakerName ?? 'unattributed'}`,
                    ),
                  ),
                ),
              )
            : note('No quotes found.'),
        ),
        card(
          `Diagnostics (${doc.diagnostics.length})`,
          doc.diagnostics.length
            ? h(
                'ul',
                { class: 'side-list' },
                ...doc.diagnostics.map((d) =>
                  h('li', {}, badge(d.severity), ' ', h('code', {}, d.ruleId), ' ', d.message),
                ),
              )
            : note('No problems found while reading it.'),
        ),
      ),
    ),
  )
  focusSentence(doc, route)
}

/**
 * A near duplicate is stored unanalysed, but claims still cite it with the original's event: find
 * that event's evidence sentence in the copy's own text (quotes and spacing may differ).
 */
async function evidenceInCopy(doc: DocDetail, eventId: string | null): Promise<Range | undefined> {
  if (!eventId || !doc.duplicateOf || doc.events.some((e) => e.id === eventId)) return undefined
  const original = await api<DocDetail>(`/documents/${encodeURIComponent(doc.duplicateOf)}`)
  const event = original.events.find((e) => e.id === eventId)
  return event ? locate(doc.text, event.evidence) : undefined
}

function focusSentence(doc: DocDetail, route: Route): void {
  const eventId = route.params.get('event')
  const event = eventId ? doc.events.find((e) => e.id === eventId) : undefined
  const copy = document.getElementById('s-found')
  const index =
    event?.sentence ??
    (route.params.has('sentence') ? Number(route.params.get('sentence')) : undefined)
  const el = copy ?? (index === undefined ? null : document.getElementById(`s-${index}`))
  if (!el) return
  el.classList.add('target')
  el.setAttribute('tabindex', '-1')
  el.scrollIntoView({ block: 'center' })
  el.focus({ preventScroll: true })
}
