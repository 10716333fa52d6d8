import { parseHTML } from 'linkedom'
import type { Diagnostic } from '../../core/diagnostics.js'
import type { Cleaned } from './index.js'
import { mainText } from './html/main-text.js'
import { pageMetadata } from './html/page-metadata.js'

/** Extracts the main text of an HTML page as paragraphs joined by blank lines, with metadata. */
export function extractHtml(html: string): Cleaned {
  let repaired = repairRawText(html)
  let { document } = parseHTML(repaired)
  // A fragment with no element at all (empty or text-only input) leaves linkedom without a root.
  if (!document.documentElement || !document.body) {
    repaired = `<!doctype html><html><body>${repaired}</body></html>`
    document = parseHTML(repaired).document
  }
  const doc = document as unknown as Document
  // Metadata first: Readability rewrites the tree it reads.
  const { meta, embeddedBody } = pageMetadata(doc)
  const body = mainText(doc, () => parseHTML(repaired).document as unknown as Document)
  const diagnostics: Diagnostic[] = []
  if (body.method === 'density')
    diagnostics.push({
      severity: 'info',
      ruleId: 'html-density-fallback',
      message: 'Readability found too little text; the body came from the text-density fallback.',
    })
  let text = body.paragraphs.join('\n\n')
  // Paywalled and script-rendered pages often carry the full text only in JSON-LD.
  if (text.length < 250 && embeddedBody && embeddedBody.length > text.length) {
    text = embeddedBody
      .split(/\n\s*\n|\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n')
    diagnostics.push({
      severity: 'info',
      ruleId: 'html-jsonld-body',
      message: 'The page showed little text; the body came from its JSON-LD articleBody.',
    })
  }
  return {
    text,
    meta,
    diagnostics,
  }
}

/**
 * Closes an unclosed `<title>` or `<textarea>` at the end of its line: by the HTML rules their
 * text runs to the end of the file, which would swallow the whole page (golden:
 * html-unclosed-citation).
 */
function repairRawText(html: string): string {
  let out = html
  for (const tag of ['title', 'textarea']) {
    const open = new RegExp(`<${tag}\\b[^>]*>`, 'i')
    if (open.test(out) && !new RegExp(`</${tag}\\s*>`, 'i').test(out))
      out = out.replace(new RegExp(`(<${tag}\\b[^>]*>[^\\n<]*)`, 'i'), `$1</${tag}>`)
  }
  // An unclosed <caption> would take the table's rows with it (and they would be dropped as a
  // caption); close it before the first row.
  out = out.replace(
    /(<caption\b[^>]*>)((?:(?!<\/caption>|<tr\b)[\s\S])*)(?=<tr\b)/gi,
    '$1$2</caption>',
  )
  return out
}
