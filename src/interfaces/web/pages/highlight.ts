import { h } from '../dom.js'
import type { Range } from '../locate.js'
import type { DocDetail } from '../types.js'

/**
 * Renders the clean text as paragraphs of sentences, with entity mentions marked and sentences
 * that carry events underlined. Every piece of article text goes in as a text node.
 */
export function renderText(
  doc: DocDetail,
  entityType: ReadonlyMap<string, string>,
  found?: Range,
): HTMLElement {
  const body = h('article', { class: 'doc-text', lang: doc.meta.language === 'eng' ? 'en' : null })
  if (!doc.sentences.length) {
    for (const para of paragraphs(doc.text)) body.append(plainParagraph(doc.text, para, found))
    return body
  }
  const eventsBySentence = new Map<number, string[]>()
  for (const e of doc.events)
    eventsBySentence.set(e.sentence, [...(eventsBySentence.get(e.sentence) ?? []), e.type])
  const mentions = [...doc.mentions].sort((a, b) => a.span.start - b.span.start)
  let m = 0
  let p: HTMLParagraphElement | undefined
  let paragraph = -1
  let cursor = 0
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph || !p) {
      // Text no sentence covers (a heading the splitter left out) is still shown, never dropped.
      const gap = doc.text.slice(cursor, s.span.start).trim()
      if (gap) body.append(h('p', {}, gap))
      p = h('p', {})
      body.append(p)
      paragraph = s.paragraph
    } else if (s.span.start > cursor) {
      p.append(doc.text.slice(cursor, s.span.start))
    }
    const types = eventsBySentence.get(s.index)
    const el = h('span', {
      class: types ? 'sent has-event' : 'sent',
      id: `s-${s.index}`,
      'data-sentence': s.index,
      title: types ? types.join(', ') : null,
    })
    let at = s.span.start
    const parts: Array<string | Node> = []
    while (m < mentions.length && (mentions[m]?.span.start ?? Infinity) < s.span.end) {
      const mention = mentions[m++]
      if (!mention || mention.span.start < at || mention.span.end > s.span.end) continue
      parts.push(doc.text.slice(at, mention.span.start))
      parts.push(
        h(
          'mark',
          {
            class: `ent ent-${entityType.get(mention.entity) ?? 'OTHER'}`,
            'data-entity': mention.entity,
            title: mention.entity,
          },
          doc.text.slice(mention.span.start, mention.span.end),
        ),
      )
      at = mention.span.end
    }
    parts.push(doc.text.slice(at, s.span.end))
    for (const part of parts) if (part) el.append(part)
    p.append(el)
    cursor = s.span.end
  }
  const tail = doc.text.slice(cursor).trim()
  if (tail) body.append(h('p', {}, tail))
  return body
}

/** Ranges of the non-empty paragraphs of `text` (split at blank lines). */
function paragraphs(text: string): Range[] {
  const out: Range[] = []
  let start = 0
  for (const m of text.matchAll(/\n\s*\n/g)) {
    if (text.slice(start, m.index).trim()) out.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length })
  return out
}

/** A paragraph of an unanalysed text (a near duplicate), with the `found` range marked. */
function plainParagraph(text: string, para: Range, found: Range | undefined): HTMLElement {
  if (!found || found.start >= para.end || found.end <= para.start)
    return h('p', {}, text.slice(para.start, para.end))
  const start = Math.max(para.start, found.start)
  const end = Math.min(para.end, found.end)
  return h(
    'p',
    {},
    text.slice(para.start, start),
    h('span', { class: 'sent', id: 's-found' }, text.slice(start, end)),
    text.slice(end, para.end),
  )
}
