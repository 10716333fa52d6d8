import type { ClaimDoc, ClaimEvent } from '../../store/claim-reads.js'
import type { StoredEvent } from '../../store/store.js'
import type { CopyLinks } from './copy-links.js'
import type { WordStats } from './word-stats.js'

/** One mention of an event in one document (copies included). */
export interface MentionItem {
  readonly event: StoredEvent
  /** Document this mention is counted in (a copy's own for syndicated copies); undefined: not stored. */
  readonly doc: ClaimDoc | undefined
  readonly docId: string
  readonly rootDoc: string
  readonly date: string | null
  /** `date` in days since the epoch, null when missing or unreadable. */
  readonly day: number | null
  /** Distinct content words of the evidence as ids (see `WordStats`), in text order. */
  readonly words: Int32Array
  /** Where the mention sorts among all mentions: date, document, sentence, event. */
  readonly order: string
}

const DAY_MS = 86_400_000
const dayOf = (d: string | null | undefined): number | null => {
  const t = d ? Date.parse(d.slice(0, 10)) : NaN
  return Number.isNaN(t) ? null : t / DAY_MS
}

/**
 * The mentions of some events: each event in its own document, plus one copy mention for each
 * stored copy of that document, sorted by `order` (date, undated last; document; sentence; event).
 */
export function mentionItems(
  events: readonly ClaimEvent[],
  links: CopyLinks,
  words: WordStats,
): MentionItem[] {
  const make = (
    event: StoredEvent,
    doc: ClaimDoc | undefined,
    docId: string,
    ids: Int32Array,
  ): MentionItem => {
    const date = event.date ?? doc?.published?.slice(0, 10) ?? null
    const order = `${date ?? '9999'}|${docId}|${String(event.sentence).padStart(6, '0')}|${event.id}`
    return {
      event,
      doc,
      docId,
      rootDoc: links.rootOf(docId),
      date,
      day: dayOf(date),
      words: ids,
      order,
    }
  }
  const items: MentionItem[] = []
  for (const { event, doc } of events) {
    // One word list per event, shared by its copies.
    const ids = words.idsOf(event.evidence)
    items.push(make(event, doc ?? undefined, event.doc, ids))
    for (const copy of links.copiesOf(links.rootOf(event.doc)))
      items.push(make(event, copy, copy.id, ids))
  }
  return items.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
}
