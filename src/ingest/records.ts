import { AppError, reasonOf } from '../core/errors.js'
import { isoDate } from '../stages/clean/html/iso-date.js'
import type { RawArticle, SourceItem } from './raw-article.js'

/** Where records come from, for URIs and messages. */
export interface RecordSource {
  readonly path: string
  readonly base: string
  readonly fetchedAt: string
}

type Rec = Record<string, unknown>

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined

/**
 * Turns one JSON record into an article: `text` (or `content`/`body`) for a text page, `html` for a
 * page; optional `title`, `published`/`date`, `url`/`link`, `authors`/`author`, `publisher`/`source`
 * become metadata hints. Throws a reason string when the record cannot be used.
 */
function recordArticle(rec: unknown, at: number, src: RecordSource): RawArticle {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec))
    throw new Error('the record is not a JSON object')
  const r = rec as Rec
  const html = str(r['html'])
  const text = str(r['text']) ?? str(r['content']) ?? str(r['body'])
  if (!html && !text) throw new Error('the record has no "text" or "html" field with content')
  const authorsRaw = r['authors'] ?? r['author']
  const authors = (Array.isArray(authorsRaw) ? authorsRaw : [authorsRaw])
    .map((a) => str(a) ?? (a && typeof a === 'object' ? str((a as Rec)['name']) : undefined))
    .filter((a): a is string => !!a)
  const published = isoDate(str(r['published']) ?? str(r['date']) ?? str(r['datePublished']))
  const hints: NonNullable<RawArticle['hints']> = {
    ...(str(r['title']) ? { title: str(r['title']) } : {}),
    ...(published ? { published } : {}),
    ...(authors.length ? { authors } : {}),
    ...((str(r['publisher']) ?? str(r['source']))
      ? { publisher: str(r['publisher']) ?? str(r['source']) }
      : {}),
    ...((str(r['url']) ?? str(r['link'])) ? { url: str(r['url']) ?? str(r['link']) } : {}),
  } as NonNullable<RawArticle['hints']>
  return {
    uri: `${src.path}:${at}`,
    file: str(r['file']) ?? str(r['id']) ?? `${src.base}:${at}`,
    fetchedAt: src.fetchedAt,
    kind: html ? 'html' : 'text',
    content: html ?? text ?? '',
    hints,
  }
}

const bad = (src: RecordSource, line: number, e: unknown): SourceItem => ({
  ok: false,
  uri: `${src.path}:${line}`,
  error: new AppError('BAD_RECORD', {
    path: src.path,
    line,
    reason: reasonOf(e).replace(/\.$/, ''),
  }),
})

/** Reads JSON Lines: one article per non-blank line; a bad line is a BAD_RECORD with its line number. */
export function* jsonLinesItems(content: string, src: RecordSource): Generator<SourceItem> {
  const lines = content.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim()
    if (!line) continue
    try {
      yield { ok: true, article: recordArticle(JSON.parse(line), i + 1, src) }
    } catch (e) {
      yield bad(src, i + 1, e instanceof SyntaxError ? `not valid JSON (${e.message})` : e)
    }
  }
}

/**
 * Reads a JSON file: an array of records, one record, or an object holding an array under
 * `items`, `articles`, `records` or `documents`. Bad records are reported by position (1-based).
 */
export function* jsonItems(content: string, src: RecordSource): Generator<SourceItem> {
  let data: unknown
  try {
    data = JSON.parse(content)
  } catch (e) {
    yield {
      ok: false,
      uri: src.path,
      error: new AppError(
        'SOURCE_UNREADABLE',
        { path: src.path, reason: `not valid JSON (${reasonOf(e)})` },
        { cause: e },
      ),
    }
    return
  }
  const holder =
    data && typeof data === 'object' && !Array.isArray(data) ? (data as Rec) : undefined
  const arr = Array.isArray(data)
    ? data
    : (['items', 'articles', 'records', 'documents'].map((k) => holder?.[k]).find(Array.isArray) as
        unknown[] | undefined)
  const records = arr ?? [data]
  for (let i = 0; i < records.length; i++) {
    try {
      yield { ok: true, article: recordArticle(records[i], i + 1, src) }
    } catch (e) {
      yield bad(src, i + 1, e)
    }
  }
}
