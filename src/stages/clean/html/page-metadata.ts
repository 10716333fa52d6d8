import { readFileSync } from 'node:fs'
import type { DocMeta } from '../../../core/model.js'
import { cleanAuthors } from './clean-authors.js'
import { cleanTitle } from './clean-title.js'
import { isoDate } from './iso-date.js'
import { jsonLdArticle } from './json-ld.js'

let languageCodes: Readonly<Record<string, string>> | undefined

/** ISO 639-1 (`en`, `en-US`, `ru_RU`) → ISO 639-3, or null. Table loaded once. */
export function languageCode(tag: string | null | undefined): string | null {
  if (!tag) return null
  languageCodes ??= (
    JSON.parse(readFileSync(new URL('./data/languages.json', import.meta.url), 'utf8')) as {
      codes: Record<string, string>
    }
  ).codes
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  if (/^[a-z]{3}$/.test(base)) return base
  return languageCodes[base] ?? null
}

const text = (el: Element | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** All `<meta>` values by lower-case name/property/itemprop, in document order. */
function metaTags(document: Document): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const el of Array.from(document.getElementsByTagName('meta'))) {
    const value = el.getAttribute('content')?.trim()
    if (!value) continue
    // One tag may carry several keys (`property` and `itemprop="datePublished dateCreated"`).
    const keys = ['property', 'name', 'itemprop', 'http-equiv'].flatMap((a) =>
      (el.getAttribute(a) ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    )
    for (const key of new Set(keys)) out.set(key, [...(out.get(key) ?? []), value])
  }
  return out
}

/** Page metadata, and the article text the page embeds in JSON-LD (`articleBody`), if any. */
export interface PageMetadata {
  readonly meta: DocMeta
  readonly embeddedBody: string | null
}

/**
 * Reads title, publication date, authors, publisher, language and canonical URL from a parsed page,
 * before any extraction changes it. Sources in order of trust: JSON-LD, Open Graph / article:*,
 * citation_* and Dublin Core meta tags, then visible markup (`<time datetime>`, `itemprop`,
 * `rel=author`, byline classes), then `<title>` and `<h1>`. Dates are `YYYY-MM-DD`.
 */
export function pageMetadata(document: Document): PageMetadata {
  const meta = metaTags(document)
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k)?.[0]
      if (v) return v
    }
    return null
  }
  const ld = jsonLdArticle(
    Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map(
      (s) => s.textContent ?? '',
    ),
  )
  const declaredPublisher =
    first(
      'og:site_name',
      'application-name',
      'citation_journal_title',
      'dc.publisher',
      'dcterms.publisher',
    ) ??
    ld?.publisher ??
    null
  const h1 = text(document.querySelector('h1'))
  const rawTitle =
    first('og:title', 'citation_title', 'dc.title', 'dcterms.title', 'twitter:title') ??
    ld?.headline ??
    (text(document.querySelector('title')) || h1 || null)
  const headings = [
    h1,
    ld?.headline ?? '',
    text(
      document.querySelector('[itemprop="headline"], .entry-title, .post-title, .article-title'),
    ),
    text(document.querySelector('h2')),
  ].filter(Boolean)
  const title = cleanTitle(rawTitle, declaredPublisher, headings)
  const publisher = declaredPublisher ?? siteFromTitle(rawTitle, title)
  // Looked up only when JSON-LD and meta tags give no date: the selector walk is not cheap.
  const timeDate = (): string | null => {
    const timeEl = document.querySelector(
      '[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]',
    )
    return isoDate(
      timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('content') ?? text(timeEl),
    )
  }
  const published =
    isoDate(ld?.datePublished) ??
    isoDate(
      first(
        'article:published_time',
        'citation_publication_date',
        'citation_date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'dcterms.issued',
        'pubdate',
        'publishdate',
        'article:published',
        'datepublished',
        'datecreated',
        'pdate',
        'publish-date',
        'date',
        'sailthru.date',
        'parsely-pub-date',
        'og:published_time',
      ),
    ) ??
    timeDate() ??
    visibleDate(document)
  const metaAuthors = [
    ...(meta.get('citation_author') ?? []),
    ...(meta.get('author') ?? []),
    ...(meta.get('dc.creator') ?? []),
    ...(meta.get('article:author') ?? []),
    ...(meta.get('parsely-author') ?? []),
  ]
  let authors = cleanAuthors(ld?.authors.length ? ld.authors : metaAuthors, publisher)
  if (!authors.length) authors = cleanAuthors(bylines(document), publisher)
  const langTag =
    document.documentElement?.getAttribute('lang') ??
    document.documentElement?.getAttribute('xml:lang') ??
    first('content-language', 'og:locale', 'dc.language') ??
    ld?.language
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const notes = authors.length ? authorNotes(document, authors) : []
  return {
    meta: {
      title,
      published,
      authors,
      publisher,
      language: languageCode(langTag) ?? 'und',
      url: canonical?.trim() || first('og:url') || ld?.url || null,
      origin: null,
      ...(notes.length ? { authorNotes: notes } : {}),
    },
    embeddedBody: ld?.articleBody ?? null,
  }
}

/** Visible bylines: `rel=author`, `itemprop=author`, and short elements classed as byline/author. */
function bylines(document: Document): string[] {
  const out: string[] = []
  const els = document.querySelectorAll(
    '[itemprop="author"] [itemprop="name"], [itemprop="author"], a[rel="author"], .byline, .author-name, .author, [class*="byline"]',
  )
  for (const el of Array.from(els)) {
    const t = text(el)
    if (t && t.length <= 80) out.push(t)
    if (out.length >= 3) break
  }
  return out
}

const BIO_VERB = /^\s+(?:is|was|has|covers|writes|reports|works|joined)\b/

/**
 * Author boxes (`class` containing "bio" or "author"): the sentence that opens with an author's
 * name and says what they are ("Dana Omarova is a reporter based in Almaty"). Extractors drop
 * these boxes from the body; the entities stage reads them for the author's country and sector.
 */
function authorNotes(document: Document, authors: readonly string[]): string[] {
  const out: string[] = []
  const els = Array.from(document.querySelectorAll('[class*="bio"], [class*="author"]'))
  for (const el of els.slice(0, 30)) {
    const t = text(el)
    if (t.length > 800) continue
    for (const a of authors) {
      const at = t.indexOf(a)
      if (at < 0 || !BIO_VERB.test(t.slice(at + a.length, at + a.length + 12))) continue
      const note = t.slice(at, at + 400)
      if (!out.some((n) => n.includes(note) || note.includes(n))) out.push(note)
    }
  }
  return out
}

/** A date written in a short byline or dateline element ("By Dana Omarova, 4 March 2024"). */
function visibleDate(document: Document): string | null {
  const els = document.querySelectorAll(
    '.byline, .dateline, .date, .post-date, .entry-date, .published, [class*="byline"], [class*="date"], [class*="meta"]',
  )
  for (const el of Array.from(els).slice(0, 20)) {
    const t = text(el)
    if (t.length > 120) continue
    const d = isoDate(t)
    if (d) return d
  }
  return null
}

/** The site name a title carried after its headline ("Headline | Irtysh Courier"), if short. */
function siteFromTitle(raw: string | null, title: string | null): string | null {
  if (!raw || !title || raw === title || !raw.startsWith(title)) return null
  const rest = raw
    .slice(title.length)
    .replace(/^\s*[|–—:·»•\\/-]\s*/, '')
    .trim()
  return rest && rest.split(/\s+/).length <= 5 ? rest : null
}
