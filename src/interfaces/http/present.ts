import type { StoredDoc } from '../../store/store.js'

/** A page of results; `hasMore` tells the client whether asking for the next offset helps. */
export interface PageOf<T> {
  readonly items: T[]
  readonly limit: number
  readonly offset: number
  readonly hasMore: boolean
}

/**
 * Fetches one row more than asked to learn whether another page exists, without a count query
 * (which costs a full scan on large stores).
 */
export async function paged<T>(
  page: { limit: number; offset: number },
  fetch: (limit: number, offset: number) => Promise<T[]>,
): Promise<PageOf<T>> {
  const rows = await fetch(page.limit + 1, page.offset)
  return {
    items: rows.slice(0, page.limit),
    limit: page.limit,
    offset: page.offset,
    hasMore: rows.length > page.limit,
  }
}

/** What a document list shows: metadata and size, no text (works on bare documents). */
export function docSummary(d: StoredDoc) {
  return {
    id: d.id,
    title: d.meta.title,
    published: d.meta.published,
    publisher: d.meta.publisher,
    language: d.meta.language,
    source: d.source.uri,
    kind: d.source.kind,
    fetchedAt: d.source.fetchedAt,
    duplicateOf: d.duplicateOf,
    chars: d.text.length,
    diagnostics: d.diagnostics.length,
  }
}

/** A whole document for the reader (without the internal MinHash bands). */
export function docDetail(d: StoredDoc) {
  return {
    id: d.id,
    source: d.source,
    meta: d.meta,
    text: d.text,
    diagnostics: d.diagnostics,
    duplicateOf: d.duplicateOf,
    sentences: d.sentences,
    mentions: d.mentions,
    events: d.events,
    quotes: d.quotes,
  }
}
