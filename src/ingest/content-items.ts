import { basename, extname } from 'node:path'
import { AppError, reasonOf } from '../core/errors.js'
import { decodeBytes, NotTextError } from './decode.js'
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.js'
import type { RawArticle, SourceItem } from './raw-article.js'
import { jsonItems, jsonLinesItems } from './records.js'

/** What is known about a body before it is decoded. */
export interface ContentOrigin {
  /** Path, URL or "-". */
  readonly uri: string
  /** HTTP Content-Type, when fetched. */
  readonly contentType?: string | null
  readonly fetchedAt: string
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml'])
const FEED_EXT = new Set(['.xml', '.rss', '.atom'])

// Media types that are never articles: answered with UNSUPPORTED_TYPE, not "binary content".
const NOT_TEXT_MIME =
  /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|octet-stream|msword|vnd\.(?!.*\+xml))/

type Kind = 'feed' | 'jsonl' | 'json' | 'html' | 'text'

function kindOf(origin: ContentOrigin, text: string): Kind {
  const path = origin.uri.replace(/[?#].*$/, '')
  const ext = extname(path).toLowerCase()
  const type = (origin.contentType ?? '').toLowerCase()
  if (FEED_EXT.has(ext) || /(rss|atom)\+xml/.test(type) || looksLikeFeed(text)) return 'feed'
  if (ext === '.jsonl' || ext === '.ndjson' || /ndjson|jsonl|json-seq/.test(type)) return 'jsonl'
  if (ext === '.json' || /[/+]json/.test(type)) return 'json'
  if (
    HTML_EXT.has(ext) ||
    /html/.test(type) ||
    /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html)\b/i.test(text)
  )
    return 'html'
  return 'text'
}

/** File name used in evaluation output: the base name, or the host and path of a URL. */
export function fileNameOf(uri: string): string {
  if (/^https?:\/\//i.test(uri)) {
    const u = new URL(uri)
    return basename(u.pathname) || u.hostname
  }
  return basename(uri) || uri
}

const unreadable = (path: string, reason: string, cause?: unknown): SourceItem => ({
  ok: false,
  uri: path,
  error: new AppError('SOURCE_UNREADABLE', { path, reason }, cause ? { cause } : undefined),
})

/** A feed item that needs its linked page fetched (no full text in the feed). */
export interface PendingLink {
  readonly item: FeedItem
  readonly feed: string
}

/**
 * Decodes a body and turns it into source items by type: a text or HTML page, JSON / JSON Lines
 * records, or feed entries. Feed entries without full text are handed to `onLink` (URL feeds fetch
 * them); without `onLink` a summary long enough to stand alone is read as a short text article.
 */
export function* contentItems(
  bytes: Uint8Array,
  origin: ContentOrigin,
  onLink?: (link: PendingLink) => void,
): Generator<SourceItem> {
  const mime = (origin.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (NOT_TEXT_MIME.test(mime))
    return yield {
      ok: false,
      uri: origin.uri,
      error: new AppError('UNSUPPORTED_TYPE', { path: origin.uri, type: `a "${mime}" response` }),
    }
  if (!bytes.length) return yield unreadable(origin.uri, 'it is empty')
  let decoded
  try {
    decoded = decodeBytes(bytes, origin.contentType)
  } catch (e) {
    if (e instanceof NotTextError)
      return yield unreadable(origin.uri, 'binary content, not text', e)
    throw e
  }
  const text = decoded.text.replace(/\r\n?/g, '\n')
  if (!text.trim()) return yield unreadable(origin.uri, 'it holds only whitespace')
  const file = fileNameOf(origin.uri)
  const src = { path: origin.uri, base: file, fetchedAt: origin.fetchedAt }
  const kind = kindOf(origin, text)
  if (kind === 'jsonl') return yield* jsonLinesItems(text, src)
  if (kind === 'json') return yield* jsonItems(text, src)
  if (kind === 'feed') {
    let feed
    try {
      feed = parseFeed(text)
    } catch (e) {
      return yield unreadable(origin.uri, `not a readable RSS/Atom feed: ${reasonOf(e)}`, e)
    }
    for (const b of feed.broken)
      yield {
        ok: false,
        uri: `${origin.uri}#${b.index}`,
        error: new AppError('BAD_RECORD', {
          path: origin.uri,
          line: b.index,
          reason: `feed entry ${b.index}: ${b.reason}`,
        }),
      }
    for (const item of feed.items) {
      if (item.html) yield { ok: true, article: feedArticle(item, origin) }
      else if (onLink) onLink({ item, feed: origin.uri })
      else {
        const fromSummary = summaryArticle(item, origin)
        if (fromSummary) yield { ok: true, article: fromSummary }
      }
    }
    return
  }
  const article: RawArticle = {
    uri: origin.uri,
    file,
    fetchedAt: origin.fetchedAt,
    kind,
    content: text,
    ...(decoded.diagnostics.length ? { diagnostics: decoded.diagnostics } : {}),
  }
  yield { ok: true, article }
}

/** Metadata hints a feed item gives its article (or its fetched page). */
export function feedHints(item: FeedItem): NonNullable<RawArticle['hints']> {
  return {
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.authors.length ? { authors: item.authors } : {}),
    ...(item.publisher ? { publisher: item.publisher } : {}),
    ...(item.link ? { url: item.link } : {}),
  } as NonNullable<RawArticle['hints']>
}

function feedArticle(item: FeedItem, origin: ContentOrigin): RawArticle {
  const uri = item.link ?? `${origin.uri}#${item.index}`
  return {
    uri,
    file: item.link ? fileNameOf(item.link) : `${fileNameOf(origin.uri)}#${item.index}`,
    fetchedAt: origin.fetchedAt,
    kind: 'html',
    // Wrapped so the extractor sees one article container, as on a page.
    content: `<!doctype html><html><body><article>${item.html ?? ''}</article></body></html>`,
    hints: feedHints(item),
  }
}

/** Shortest summary, in characters of text, that is read as an article of its own. */
const MIN_SUMMARY_CHARS = 200

/**
 * A summary-only entry that will not be fetched: a summary long enough to stand as a short
 * article (a few sentences about this item's own story) is read as text with a diagnostic; a
 * one-line teaser is left out, since it says too little to analyse and would only be reported as
 * too short.
 */
function summaryArticle(item: FeedItem, origin: ContentOrigin): RawArticle | null {
  const summary = (item.summary ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (summary.length < MIN_SUMMARY_CHARS) return null
  const uri = item.link ?? `${origin.uri}#${item.index}`
  return {
    uri,
    file: item.link ? fileNameOf(item.link) : `${fileNameOf(origin.uri)}#${item.index}`,
    fetchedAt: origin.fetchedAt,
    kind: 'text',
    content: summary,
    hints: feedHints(item),
    diagnostics: [
      {
        severity: 'info',
        ruleId: 'feed-summary-only',
        message: `Only the feed's summary of ${uri} was read; give the feed as a URL to fetch the full page.`,
      },
    ],
  }
}
