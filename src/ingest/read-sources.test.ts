import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLoopbackServer, type LoopbackServer } from '../../test/helpers/loopback-server.js'
import type { SourceItem } from './raw-article.js'
import { readSources, type ReadSourcesOptions } from './read-sources.js'

const SOURCES = new URL('../../test/fixtures/sources/', import.meta.url).pathname
const BROKEN = new URL('../../test/fixtures/broken/', import.meta.url).pathname
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname
const now = (): Date => new Date('2024-01-01T00:00:00Z')

async function read(inputs: string[], options: ReadSourcesOptions = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = []
  for await (const x of readSources(inputs, { now, ...options })) out.push(x)
  return out
}

/** One line per item: `kind file title` for articles, `CODE uri` for failures. */
const summary = (items: SourceItem[]): string[] =>
  items.map((i) =>
    i.ok
      ? `${i.article.kind} ${i.article.file} ${i.article.hints?.title ?? '-'}`
      : `${i.error.code} ${i.uri.replace(SOURCES, '').replace(BROKEN, '')}`,
  )

describe('readSources: one file of each type', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a text page', 'steppe-grain.txt', ['text steppe-grain.txt -']],
    ['a Markdown page', 'caspian-notes.md', ['text caspian-notes.md -']],
    [
      'JSON Lines with bad lines (each reported with its line, the rest read)',
      'records.jsonl',
      [
        'text records.jsonl:1 New border post to open in June',
        'html records.jsonl:2 Central bank holds rate',
        'BAD_RECORD records.jsonl:3',
        'BAD_RECORD records.jsonl:4',
        'BAD_RECORD records.jsonl:5',
        'text records.jsonl:7 Airline adds Tbilisi route',
      ],
    ],
    [
      'a JSON object holding an items array',
      'records.json',
      ['text records.json:1 Wind farm connects to the grid', 'BAD_RECORD records.json:2'],
    ],
    [
      'an Atom feed (entry with content kept, entry with neither link nor content reported)',
      'atom.xml',
      ['BAD_RECORD atom.xml#2', 'html copper-smelter Copper smelter expansion approved'],
    ],
  ]
  it.each(cases)('%s', async (_label, file, expected) => {
    expect(summary(await read([join(SOURCES, file)]))).toEqual(expected)
  })

  it('turns record fields into metadata hints with ISO dates', async () => {
    const [first, second] = await read([join(SOURCES, 'records.jsonl')])
    expect(first?.ok && first.article.hints).toEqual({
      title: 'New border post to open in June',
      published: '2023-04-10',
      authors: ['Dana Sarsenova'],
      url: 'https://plains-courier.example/border-post',
    })
    expect(second?.ok && second.article.hints?.authors).toEqual(['Erlan Tokhtarov'])
    const [json] = await read([join(SOURCES, 'records.json')])
    expect(json?.ok && json.article.hints?.published).toBe('2023-07-12')
  })

  it('reads Atom authors and dates as hints', async () => {
    const items = await read([join(SOURCES, 'atom.xml')])
    const entry = items.find((i) => i.ok)
    expect(entry?.ok && entry.article.hints).toMatchObject({
      published: '2023-11-01',
      authors: ['Aruzhan Bekova', 'Timur Lee'],
      publisher: 'Plains Courier – Economy',
    })
  })
})

describe('readSources: broken input', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an empty file', 'empty.txt', /empty\.txt: it is empty/],
    ['random bytes', 'binary.txt', /binary\.txt: binary content/],
  ]
  it.each(cases)('reports %s by name and reason', async (_label, file, message) => {
    const [item] = await read([join(BROKEN, file)])
    expect(item?.ok).toBe(false)
    if (item && !item.ok) {
      expect(item.error.code).toBe('SOURCE_UNREADABLE')
      expect(item.error.message).toMatch(message)
    }
  })

  it('decodes invalid UTF-8 as windows-1252 and says so', async () => {
    const [item] = await read([join(BROKEN, 'latin1.txt')])
    expect(item?.ok).toBe(true)
    if (item?.ok) {
      expect(item.article.content).toContain('Zürich')
      expect(item.article.content).not.toContain('\ufffd')
      expect(item.article.diagnostics?.map((d) => d.ruleId)).toEqual(['invalid-utf8'])
    }
  })

  it('refuses a file over the size cap, naming the limit', async () => {
    const [item] = await read([join(SOURCES, 'steppe-grain.txt')], { maxBytes: 100 })
    expect(item?.ok).toBe(false)
    if (item && !item.ok) {
      expect(item.error.code).toBe('TOO_LARGE')
      expect(item.error.message).toContain('over the limit of 100')
    }
  })

  it('refuses a file over the size cap inside a folder too, and reads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-cap-'))
    writeFileSync(join(dir, 'a-long.txt'), 'x'.repeat(500))
    writeFileSync(join(dir, 'b-short.txt'), 'short page')
    const items = await read([dir], { maxBytes: 100 })
    expect(items.map((i) => (i.ok ? i.article.file : i.error.code))).toEqual([
      'TOO_LARGE',
      'b-short.txt',
    ])
  })

  it('keeps the entries of a feed cut off mid-entry and reports the cut', async () => {
    const items = await read([join(BROKEN, 'truncated-feed.xml')])
    expect(items.filter((i) => i.ok)).toHaveLength(1)
    const messages = items.flatMap((i) => (i.ok ? [] : [i.error.message]))
    expect(messages.some((m) => /cut off/.test(m))).toBe(true)
  })
})

describe('readSources: directories and stdin', () => {
  it('reads a directory in name order, skipping READMEs and other file types', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-src-'))
    writeFileSync(join(dir, 'b.txt'), 'second file with some words in it')
    writeFileSync(join(dir, 'a.html'), '<html><body><p>first</p></body></html>')
    writeFileSync(join(dir, 'README.md'), '# About this folder')
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))
    expect(summary(await read([dir]))).toEqual(['html a.html -', 'text b.txt -'])
  })

  it('reads "-" from stdin', async () => {
    const stdin = Readable.from([
      Buffer.from('<!doctype html><html><body><p>piped page</p></body></html>'),
    ])
    const [item] = await read(['-'], { stdin })
    expect(item?.ok && [item.article.uri, item.article.kind]).toEqual(['stdin', 'html'])
  })

  it('reads the example feed file without fetching its links (its summaries are one-line teasers)', async () => {
    const items = await read([join(EXAMPLES, 'feed.xml')])
    expect(items.every((i) => i.ok)).toBe(true)
    expect(items).toHaveLength(2)
  })
})

const PARA =
  'The customs service said the new border post on the Kyrgyz frontier would open in June and run around the clock, cutting the wait for lorries that now queue for a day or more.'

describe('readSources: a feed over HTTP', () => {
  let server: LoopbackServer
  const page = (title: string): string =>
    `<!doctype html><html><head><title>${title}</title></head><body><article><p>${title} is the headline of a page that the feed only links to, and this sentence gives it enough words to be read as a paragraph of body text.</p></article></body></html>`
  beforeAll(async () => {
    server = await startLoopbackServer({
      '/feed': (_q, r) =>
        r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
          `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Plains Courier</title>
          <item><title>Linked one</title><link>${server.base}/one</link><pubDate>Mon, 06 Nov 2023 10:00:00 +0600</pubDate><author>desk@plains-courier.example (Gulnara Ismailova)</author></item>
          <item><title>Full text</title><link>${server.base}/full</link><content:encoded><![CDATA[<p>Carried in the feed itself.</p>]]></content:encoded></item>
          <item><title>Whole text in the description</title><link>${server.base}/desc</link><description><![CDATA[<p>${PARA}</p><p>${PARA}</p><p>${PARA}</p><p>${PARA}</p>]]></description></item>
          <item><title>Summary long enough to read</title><link>${server.base}/summary</link><description>${PARA} ${PARA}</description></item>
          <item><title>Missing page</title><link>${server.base}/missing</link></item>
          </channel></rss>`,
        ),
      '/one': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(page('Linked one')),
      '/summary': (_q, r) =>
        r.writeHead(200, { 'content-type': 'text/html' }).end(page('Summary long enough to read')),
      '/report.pdf': (_q, r) =>
        r.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7 not really'),
    })
  })
  afterAll(async () => server.close())

  it('fetches link-only items, keeps full-text items and reports the failed fetch', async () => {
    const items = await read([`${server.base}/feed`], { allowPrivate: true, retries: 0 })
    expect(summary(items)).toEqual([
      'html full Full text',
      'html desc Whole text in the description',
      'html one Linked one',
      'html summary Summary long enough to read',
      `SOURCE_UNREACHABLE ${server.base}/missing`,
    ])
    const linked = items[2]
    expect(linked?.ok && linked.article.hints).toMatchObject({
      published: '2023-11-06',
      authors: ['Gulnara Ismailova'],
    })
    expect(server.hits.get('/full')).toBeUndefined()
  })

  it('does not fetch linked items when told not to', async () => {
    const before = server.hits.get('/one') ?? 0
    const items = await read([`${server.base}/feed`], { allowPrivate: true, fetchFeedLinks: false })
    expect(summary(items)).toEqual([
      'html full Full text',
      'html desc Whole text in the description',
      'text summary Summary long enough to read',
    ])
    const last = items[2]
    expect(last?.ok && last.article.diagnostics?.map((d) => d.ruleId)).toEqual([
      'feed-summary-only',
    ])
    expect(server.hits.get('/one') ?? 0).toBe(before)
  })

  it('names an unsupported media type instead of reading it', async () => {
    const [item] = await read([`${server.base}/report.pdf`], { allowPrivate: true })
    expect(item?.ok === false && item.error.message).toMatch(/"application\/pdf" response/)
  })

  it('refuses the loopback feed without allowPrivate', async () => {
    const [item] = await read([`${server.base}/feed`], { retries: 0 })
    expect(item?.ok === false && item.error.code).toBe('PRIVATE_ADDRESS')
  })
})
