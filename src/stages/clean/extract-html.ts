import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Cleaned } from './index.js'

// TODO(#3): fallback extractor, post-filters, JSON-LD metadata, language detection.
/** Minimal HTML main-text extraction with Readability over linkedom. */
export function extractHtml(html: string): Cleaned {
  const { document } = parseHTML(html)
  const title = document.querySelector('title')?.textContent?.trim() ?? null
  const article = new Readability(document as unknown as Document).parse()
  const text = (article?.textContent ?? '')
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
  return {
    text,
    meta: {
      title: article?.title ?? title,
      published: article?.publishedTime ?? null,
      authors: article?.byline ? [article.byline] : [],
      publisher: article?.siteName ?? null,
      language: 'eng',
      url: null,
      origin: null,
    },
    diagnostics: [],
  }
}
