import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { cleanAuthors } from '../stages/clean/html/clean-authors.js'
import { isoDate } from '../stages/clean/html/iso-date.js'

/** One entry of an RSS 2.0 or Atom feed. */
export interface FeedItem {
  /** 1-based position in the feed, for messages. */
  readonly index: number
  readonly title: string | null
  readonly link: string | null
  /** `YYYY-MM-DD`, or null. */
  readonly published: string | null
  readonly authors: readonly string[]
  /** Publisher named by the item (`<source>`) or the feed title. */
  readonly publisher: string | null
  /** Full text (content:encoded / Atom content), HTML; null when the item has only a summary. */
  readonly html: string | null
  readonly summary: string | null
}

/** A parsed feed: good items, and the entries that could not be used with the reason. */
export interface ParsedFeed {
  readonly title: string | null
  readonly items: readonly FeedItem[]
  readonly broken: ReadonlyArray<{ readonly index: number; readonly reason: string }>
}

type Node = Record<string, unknown>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  cdataPropName: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator', 'category'].includes(name),
})

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])
function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null
  if (typeof v === 'number') return String(v)
  if (v && typeof v === 'object') return text((v as Node)['#text'])
  return null
}

/** True when the text starts like an RSS or Atom document. */
export function looksLikeFeed(content: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(content)
}

/**
 * Parses RSS 2.0 (also RSS 1.0/RDF) and Atom. A malformed or truncated feed is rebuilt from its
 * well-formed entries; it throws with the parser's reason only when no entry can be saved. An
 * entry that is broken or has neither a link nor content is reported in `broken`; the others are
 * kept.
 */
export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml)
  if (valid === true) return parseValid(xml, [])
  const salvaged = salvage(xml)
  if (!salvaged) throw new Error(`not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`)
  return parseValid(salvaged.xml, salvaged.broken)
}

const ENTRY = /<(item|entry)\b[\s\S]*?<\/\1\s*>/g
type Broken = Array<{ index: number; reason: string }>

/**
 * Rebuilds a malformed or truncated feed from its well-formed entries, so one bad entry or a
 * cut-off download loses only what is broken. Returns null when no entry can be saved.
 */
function salvage(xml: string): { xml: string; broken: Broken } | null {
  const first = xml.search(/<(item|entry)\b/)
  if (first < 0) return null
  const head = xml.slice(0, first)
  const good: string[] = []
  const broken: Broken = []
  let index = 0
  let end = first
  for (const m of xml.slice(first).matchAll(ENTRY)) {
    index++
    end = first + m.index + m[0].length
    const check = XMLValidator.validate(`<x>${m[0]}</x>`)
    if (check === true) good.push(m[0])
    else broken.push({ index, reason: `the entry is not well-formed XML (${check.err.msg})` })
  }
  if (/<(item|entry)\b/.test(xml.slice(end)))
    broken.push({ index: index + 1, reason: 'the feed is cut off inside this entry' })
  if (!good.length) return null
  const close = /<feed\b/.test(head)
    ? '</feed>'
    : /<channel\b/.test(head)
      ? '</channel></rss>'
      : '</rss>'
  const rebuilt = `${head}${good.join('\n')}${close}`
  return XMLValidator.validate(rebuilt) === true ? { xml: rebuilt, broken } : null
}

function parseValid(xml: string, salvageBroken: Broken): ParsedFeed {
  const root = parser.parse(xml) as Node
  const rss = (root['rss'] as Node | undefined)?.['channel'] as Node | undefined
  const rdf = root['rdf:RDF'] as Node | undefined
  const atom = root['feed'] as Node | undefined
  const channel = rss ?? (rdf?.['channel'] as Node | undefined) ?? atom
  if (!channel) throw new Error('no <rss>, <rdf:RDF> or <feed> element')
  const feedTitle = text(channel['title'])
  const entries = list(rss ? channel['item'] : rdf ? rdf['item'] : channel['entry'])
  const items: FeedItem[] = []
  const broken: Array<{ index: number; reason: string }> = [...salvageBroken]
  entries.forEach((raw, i) => {
    const index = i + 1
    if (!raw || typeof raw !== 'object') {
      broken.push({ index, reason: 'the entry is empty' })
      return
    }
    const item = atom
      ? atomItem(raw as Node, index, feedTitle)
      : rssItem(raw as Node, index, feedTitle)
    if (!item.link && !item.html)
      broken.push({ index, reason: 'the entry has neither a link nor content' })
    else items.push(item)
  })
  return { title: feedTitle, items, broken }
}

function rssItem(n: Node, index: number, feedTitle: string | null): FeedItem {
  const link =
    text(list(n['link'])[0]) ??
    (String(text(n['guid']) ?? '').startsWith('http') ? text(n['guid']) : null)
  return {
    index,
    title: text(n['title']),
    link,
    published: isoDate(text(n['pubDate']) ?? text(n['dc:date'])),
    // RSS <author> is "email (Name)"; the name is what we keep.
    authors: cleanAuthors(
      [...list(n['dc:creator']), ...list(n['author'])]
        .map(text)
        .filter((a): a is string => !!a)
        .map((a) => /\(([^)]+)\)\s*$/.exec(a)?.[1] ?? a),
    ),
    publisher: text(n['source']) ?? feedTitle,
    html: text(n['content:encoded']) ?? fullTextSummary(text(n['description'])),
    summary: text(n['description']),
  }
}

function atomItem(n: Node, index: number, feedTitle: string | null): FeedItem {
  const links = list(n['link']) as Node[]
  const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0]
  return {
    index,
    title: text(n['title']),
    link: typeof alt === 'object' ? text(alt['@href']) : text(alt),
    published: isoDate(text(n['published']) ?? text(n['updated'])),
    authors: list(n['author'])
      .map((a) => (a && typeof a === 'object' ? text((a as Node)['name']) : text(a)))
      .filter((a): a is string => !!a),
    publisher: text((n['source'] as Node | undefined)?.['title']) ?? feedTitle,
    html: text(n['content']) ?? fullTextSummary(text(n['summary'])),
    summary: text(n['summary']),
  }
}

/**
 * Some feeds put the whole article in `<description>`/`<summary>`: treated as full text when it
 * holds several paragraphs and reads like an article (600+ characters), not a one-line teaser.
 */
function fullTextSummary(summary: string | null): string | null {
  if (!summary || summary.length < 600) return null
  const paragraphs = summary.match(/<p[\s>]/gi)?.length ?? 0
  return paragraphs >= 2 ? summary : null
}
