import type { MiddlewareHandler } from 'hono'

/** Options for `responseCache`. */
export interface ResponseCacheOptions {
  /** A string that changes whenever the store's data may have changed. */
  readonly version: () => Promise<string>
  /** Most bytes of response bodies kept; least recently used go first. @default 32 MiB */
  readonly maxBytes?: number | undefined
  /** Largest single body kept, in bytes. @default 2 MiB */
  readonly maxBodyBytes?: number | undefined
}

/** Most one-off URLs remembered; past it the memory starts over. */
const MAX_SEEN = 10_000

interface Entry {
  /**
   * Bytes, not an ArrayBuffer: @hono/node-server writes a Uint8Array body straight to the socket
   * and sends an ArrayBuffer through a web stream.
   */
  readonly body: Uint8Array<ArrayBuffer>
  readonly contentType: string
}

/**
 * Keeps successful JSON answers to GET requests until the store's data version changes, so a
 * dashboard reloading the same lists (and the watch report, 190 KB of JSON) is served without
 * querying or serialising again. An answer is kept from the second time its URL is asked. Runs after authentication: only requests allowed to read reach it.
 */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024
  const maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024
  const entries = new Map<string, Entry>() // insertion order = least recently used first
  // URLs asked once since the last change. An answer is kept the second time its URL is asked:
  // reading a body back costs more than writing it (~0.3 ms), wasted on one-off URLs.
  const seen = new Set<string>()
  let version = ''
  let bytes = 0
  const clear = (): void => {
    entries.clear()
    seen.clear()
    bytes = 0
  }
  return async (c, next) => {
    if (c.req.method !== 'GET') return next()
    const before = await options.version()
    if (before !== version) {
      clear()
      version = before
    }
    const key = c.req.url
    const hit = entries.get(key)
    if (hit) {
      entries.delete(key)
      entries.set(key, hit)
      c.header('X-Cache', 'hit')
      return c.body(hit.body, 200, { 'Content-Type': hit.contentType })
    }
    if (!seen.has(key)) {
      if (seen.size >= MAX_SEEN) seen.clear()
      seen.add(key)
      return next()
    }
    await next()
    const contentType = c.res.headers.get('content-type') ?? ''
    if (c.res.status !== 200 || !contentType.startsWith('application/json')) return
    if (/no-store/.test(c.res.headers.get('cache-control') ?? '')) return
    const body = new Uint8Array(await c.res.clone().arrayBuffer())
    // A write during the handler makes this answer stale before it is stored.
    if (body.byteLength > maxBodyBytes || (await options.version()) !== version) return
    entries.set(key, { body, contentType })
    bytes += body.byteLength
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) break
      entries.delete(k)
      bytes -= e.body.byteLength
    }
  }
}
