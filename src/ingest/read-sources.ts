import { open, readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { AppError, isAppError, reasonOf } from '../core/errors.js'
import { contentItems, feedHints, type PendingLink } from './content-items.js'
import { fetchUrl } from './http.js'
import type { SourceItem } from './raw-article.js'
import { DEFAULT_MAX_BYTES, type ReadSourcesOptions } from './source-options.js'

export type { ReadSourcesOptions } from './source-options.js'

const READABLE_EXT = new Set([
  '.txt',
  '.md',
  '.text',
  '.html',
  '.htm',
  '.xhtml',
  '.json',
  '.jsonl',
  '.ndjson',
  '.xml',
  '.rss',
  '.atom',
])
const isUrl = (s: string): boolean => /^https?:\/\//i.test(s)

/**
 * Reads every input — file, directory (recursively, in name order), `-` for stdin, or an http(s)
 * URL of a page or feed — and yields one item per article or per failure, so one bad source never
 * stops the batch. Each failure is an AppError that names the file or URL and the reason.
 */
export async function* readSources(
  inputs: readonly string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === '-') yield* readStdin(options)
    else if (isUrl(input)) yield* readUrl(input, options, true)
    else yield* readPath(input, options)
  }
}

const nowIso = (options: ReadSourcesOptions): string =>
  (options.now?.() ?? new Date()).toISOString()

async function* readPath(path: string, options: ReadSourcesOptions): AsyncGenerator<SourceItem> {
  let info
  try {
    info = await stat(path)
  } catch {
    yield { ok: false, uri: path, error: new AppError('SOURCE_NOT_FOUND', { path }) }
    return
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path, { withFileTypes: true }))
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const child = join(path, entry.name)
      // A plain file's type is known from the listing: no stat() before reading it (two stats per
      // file were a visible share of the main thread's time on large folders).
      const childInfo = entry.isFile() ? entry : await stat(child).catch(() => undefined)
      // Inside a directory, files of other types (images, a corpus README) are skipped quietly;
      // a dangling link is still reported.
      if (childInfo?.isFile() && !READABLE_EXT.has(extname(child).toLowerCase())) continue
      if (childInfo?.isFile() && /^readme\./i.test(entry.name)) continue
      if (entry.isFile()) yield* readFileSource(child, null, options)
      else yield* readPath(child, options)
    }
    return
  }
  yield* readFileSource(path, info.size, options)
}

/** Reads one file; `known` is its size when already stat-ed, else it is read from the open file. */
async function* readFileSource(
  path: string,
  known: number | null,
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const tooLarge = (bytes: number): SourceItem => ({
    ok: false,
    uri: path,
    error: new AppError('TOO_LARGE', { path, bytes, maxBytes }),
  })
  if (known !== null && known > maxBytes) {
    yield tooLarge(known)
    return
  }
  let bytes: Uint8Array | null = null
  let size = known ?? 0
  try {
    // Read at most maxBytes + 1 so a file that grew after stat() cannot exhaust memory.
    const handle = await open(path, 'r')
    try {
      size = known ?? (await handle.stat()).size
      if (size <= maxBytes) {
        const buf = Buffer.alloc(size + 1)
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0)
        bytes = buf.subarray(0, bytesRead)
      }
    } finally {
      await handle.close()
    }
  } catch (e) {
    yield {
      ok: false,
      uri: path,
      error: new AppError('SOURCE_UNREADABLE', { path, reason: reasonOf(e) }, { cause: e }),
    }
    return
  }
  if (!bytes || bytes.length > maxBytes) {
    yield tooLarge(bytes?.length ?? size)
    return
  }
  yield* contentItems(bytes, { uri: path, fetchedAt: nowIso(options) })
}

async function* readStdin(options: ReadSourcesOptions): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of options.stdin ?? process.stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)
      total += buf.length
      if (total > maxBytes) {
        yield {
          ok: false,
          uri: 'stdin',
          error: new AppError('TOO_LARGE', { path: 'stdin', bytes: total, maxBytes }),
        }
        return
      }
      chunks.push(buf)
    }
  } catch (e) {
    yield {
      ok: false,
      uri: 'stdin',
      error: new AppError(
        'SOURCE_UNREADABLE',
        { path: 'stdin', reason: reasonOf(e) },
        { cause: e },
      ),
    }
    return
  }
  yield* contentItems(Buffer.concat(chunks), { uri: 'stdin', fetchedAt: nowIso(options) })
}

/**
 * Fetches a page or feed. Feed entries without full text are fetched in turn (one level deep,
 * when `fetchFeedLinks` allows), and keep the entry's title, date and authors as hints.
 */
async function* readUrl(
  url: string,
  options: ReadSourcesOptions,
  followFeedLinks: boolean,
): AsyncGenerator<SourceItem> {
  let fetched
  try {
    fetched = await fetchUrl(url, options)
  } catch (e) {
    const error = isAppError(e)
      ? e
      : new AppError('SOURCE_UNREACHABLE', { url, reason: reasonOf(e) }, { cause: e })
    yield { ok: false, uri: url, error }
    return
  }
  const pending: PendingLink[] = []
  const follow = followFeedLinks && options.fetchFeedLinks !== false
  yield* contentItems(
    fetched.bytes,
    { uri: fetched.url, contentType: fetched.contentType, fetchedAt: nowIso(options) },
    follow ? (link) => pending.push(link) : undefined,
  )
  for (const { item } of pending) {
    if (!item.link) continue
    for await (const got of readUrl(item.link, options, false)) {
      if (!got.ok) yield got
      else
        yield {
          ok: true,
          article: { ...got.article, hints: { ...feedHints(item), ...got.article.hints } },
        }
    }
  }
}
