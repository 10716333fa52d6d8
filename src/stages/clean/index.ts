import type { Doc } from '../../core/doc.js'
import { docIdFor } from '../../core/ids.js'
import type { Diagnostic } from '../../core/diagnostics.js'
import type { DocMeta } from '../../core/model.js'
import type { RawArticle } from '../../ingest/raw-article.js'
import { extractHtml } from './extract-html.js'
import { cleanTextPage } from './clean-text-page.js'

/** Result of cleaning before a Doc is made: body text and metadata. */
export interface Cleaned {
  readonly text: string
  readonly meta: DocMeta
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * The parser stage: turns a RawArticle (text page or HTML) into a Doc with clean body text and
 * metadata. Feed/JSONL hints fill metadata the page itself lacks.
 */
export function cleanArticle(raw: RawArticle): Doc {
  const cleaned = raw.kind === 'html' ? extractHtml(raw.content) : cleanTextPage(raw.content)
  const h = raw.hints ?? {}
  const meta: DocMeta = {
    ...cleaned.meta,
    title: cleaned.meta.title ?? h.title ?? null,
    published: cleaned.meta.published ?? h.published ?? null,
    authors: cleaned.meta.authors.length ? cleaned.meta.authors : [...(h.authors ?? [])],
    publisher: cleaned.meta.publisher ?? h.publisher ?? null,
    url: cleaned.meta.url ?? h.url ?? null,
  }
  return {
    id: docIdFor(cleaned.text),
    source: { uri: raw.uri, file: raw.file, fetchedAt: raw.fetchedAt, kind: raw.kind },
    text: cleaned.text,
    meta,
    data: {},
    diagnostics: [...cleaned.diagnostics],
  }
}
