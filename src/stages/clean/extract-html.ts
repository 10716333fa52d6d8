import { parseHTML } from 'linkedom'
import type { Diagnostic } from '../../core/diagnostics.js'
import type { Cleaned } from './index.js'
import { mainText } from './html/main-text.js'
import { pageMetadata } from './html/page-metadata.js'

/** Extracts the main text of an HTML page as paragraphs joined by blank lines, with metadata. */
export function extractHtml(html: string): Cleaned {
  const { document } = parseHTML(html)
  const doc = document as unknown as Document
  // Metadata first: Readability rewrites the tree it reads.
  const meta = pageMetadata(doc)
  const body = mainText(doc)
  const diagnostics: Diagnostic[] = []
  if (body.method === 'density')
    diagnostics.push({
      severity: 'info',
      ruleId: 'html-density-fallback',
      message: 'Readability found too little text; the body came from the text-density fallback.',
    })
  return {
    text: body.paragraphs.join('\n\n'),
    meta,
    diagnostics,
  }
}
