import type { FetchOptions } from './http.js'

/** Options for reading sources (files, directories, stdin, URLs, feeds). */
export interface ReadSourcesOptions extends FetchOptions {
  /** Largest file or HTTP body read, in bytes. @default 20 MiB */
  readonly maxBytes?: number
  /** Clock for `fetchedAt` (tests pass a fixed one). */
  readonly now?: () => Date
  /** Fetch the linked page of feed items that carry no full text (URL feeds only). @default true */
  readonly fetchFeedLinks?: boolean
  /** Stream read for the input "-". @default process.stdin */
  readonly stdin?: AsyncIterable<Uint8Array | string>
}

/** The default size cap for files and HTTP bodies, in bytes (20 MiB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
