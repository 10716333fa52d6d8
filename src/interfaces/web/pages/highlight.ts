import { h } from '../dom.js'
import type { DocDetail } from '../types.js'

/**
 * Renders the clean text as paragraphs of sentences, with entity mentions marked and sentences
 * that carry events underlined. Every piece of article text goes in as a text node.
 */
export function renderText(doc: DocDetail, entityType: ReadonlyMap<string, string>): HTMLElement {
  const body = h('article', { class: 'doc-text', lang: doc.meta.language === 'eng' ? 'en' : null })
  if (!doc.sentences.length) {
    for (const para of doc.text.split(/\n\s*\n/)) if (para.trim()) body.append(h('p', {}, para))
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
  return body
}
