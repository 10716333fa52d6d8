import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { AppError, reasonOf } from '../core/errors.js'
import type { RawArticle, SourceItem } from './raw-article.js'

/** Options for reading sources. */
export interface ReadSourcesOptions {
  /** Largest file read, in bytes. @default 20 MiB */
  readonly maxBytes?: number
  /** Clock for `fetchedAt` (tests pass a fixed one). */
  readonly now?: () => Date
}

const TEXT_EXT = new Set(['.txt', '.md', '.text'])
const HTML_EXT = new Set(['.html', '.htm', '.xhtml'])

/**
 * Reads files and directories (recursively, in name order) and yields one item per article or
 * per failure, so that one bad file never stops the batch.
 */
export async function* readSources(
  inputs: readonly string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<SourceItem> {
  for (const input of inputs) yield* readPath(input, options)
}

async function* readPath(path: string, options: ReadSourcesOptions): AsyncGenerator<SourceItem> {
  let info
  try {
    info = await stat(path)
  } catch {
    yield { ok: false, uri: path, error: new AppError('SOURCE_NOT_FOUND', { path }) }
    return
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort()
    for (const name of names) {
      const child = join(path, name)
      const childInfo = await stat(child).catch(() => undefined)
      // Inside a directory, files of other types (images, READMEs of a corpus) are skipped quietly.
      if (childInfo?.isFile() && !isReadable(child) && !isStructured(child)) continue
      yield* readPath(child, options)
    }
    return
  }
  yield* readFileSource(path, info.size, options)
}

const isReadable = (p: string): boolean => TEXT_EXT.has(ext(p)) || HTML_EXT.has(ext(p))
const isStructured = (p: string): boolean =>
  ['.json', '.jsonl', '.xml', '.rss', '.atom'].includes(ext(p))
const ext = (p: string): string => extname(p).toLowerCase()

async function* readFileSource(
  path: string,
  size: number,
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024
  if (size > maxBytes) {
    yield {
      ok: false,
      uri: path,
      error: new AppError('TOO_LARGE', { path, bytes: size, maxBytes }),
    }
    return
  }
  let content: string
  try {
    content = await readFile(path, 'utf8')
  } catch (e) {
    yield {
      ok: false,
      uri: path,
      error: new AppError('SOURCE_UNREADABLE', { path, reason: reasonOf(e) }, { cause: e }),
    }
    return
  }
  const fetchedAt = (options.now?.() ?? new Date()).toISOString()
  const e = ext(path)
  if (TEXT_EXT.has(e) || HTML_EXT.has(e)) {
    const kind = HTML_EXT.has(e) || /^\s*<(!doctype|html)/i.test(content) ? 'html' : 'text'
    const article: RawArticle = { uri: path, file: basename(path), fetchedAt, kind, content }
    yield { ok: true, article }
    return
  }
  yield {
    ok: false,
    uri: path,
    error: new AppError('UNSUPPORTED_TYPE', { path, type: `a "${e || 'no extension'}" file` }),
  }
}
