import type { Doc } from '../../core/doc.js'
import { docIdFor } from '../../core/ids.js'
import type { Diagnostic } from '../../core/diagnostics.js'
import type { DocMeta } from '../../core/model.js'
import type { RawArticle } from '../../ingest/raw-article.js'
import { extractHtml } from './extract-html.js'
import { cleanTextPage } from './clean-text-page.js'
import { detectLanguage } from './detect-language.js'
import { dropRepeatedSentences } from './text/drop-repeated-sentences.js'
import { dropAuthorBio } from './author-bio.js'

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
  const page = raw.kind === 'html' ? htmlArticle(raw.content) : cleanTextPage(raw.content)
  const h = raw.hints ?? {}
  const bio = dropAuthorBio(page.text, page.meta.authors)
  const cleaned = bio.dropped ? { ...page, text: bio.text } : page
  const diagnostics = [...(raw.diagnostics ?? []), ...cleaned.diagnostics]
  if (bio.dropped)
    diagnostics.push({
      severity: 'info',
      ruleId: 'author-bio',
      message: 'Removed the closing paragraph about the author from the body.',
    })
  // Non-English documents are stored and flagged; the events stage skips any language but `eng`.
  if (cleaned.meta.language !== 'eng' && cleaned.meta.language !== 'und')
    diagnostics.push({
      severity: 'info',
      ruleId: 'non-english',
      message: `Language detected as "${cleaned.meta.language}", not English; the document is stored but not event-coded.`,
    })
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
    diagnostics,
  }
}

/**
 * HTML main text plus what the text cleaner also does: repeated sentences (pull-quotes) kept once
 * and the language detected from the body (a declared `lang` is used only when detection cannot
 * decide).
 */
function htmlArticle(html: string): Cleaned {
  const cleaned = extractHtml(html)
  const { text, dropped } = dropRepeatedSentences(cleaned.text)
  const detected = detectLanguage(text).code
  const language = detected === 'und' ? cleaned.meta.language : detected
  const diagnostics = [...cleaned.diagnostics]
  if (dropped)
    diagnostics.push({
      severity: 'info',
      ruleId: 'repeated-sentence',
      message: `Removed ${String(dropped)} repeated sentence(s) or paragraph(s) from the body.`,
    })
  return { text, meta: { ...cleaned.meta, language }, diagnostics }
}
