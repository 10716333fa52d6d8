import { readFileSync } from 'node:fs'
import { Agent, request, type Dispatcher } from 'undici'
import { AppError, reasonOf } from '../core/errors.js'
import { guardedLookup, isPrivateAddress, PrivateAddressError } from './private-address.js'

/** Options for fetching one URL. */
export interface FetchOptions {
  /** Allow loopback/private/link-local addresses (tests, intranets). @default false */
  readonly allowPrivate?: boolean
  /** Hosts (names or IP literals) allowed even when private; every other hop is still checked. */
  readonly allowHosts?: readonly string[]
  /** Time allowed per attempt (connect, headers and body), in ms. @default 15000 */
  readonly timeoutMs?: number
  /** Largest body accepted, in bytes. @default 20 MiB */
  readonly maxBytes?: number
  /** Redirects followed before giving up. @default 5 */
  readonly maxRedirects?: number
  /** Extra attempts after a 5xx/429 answer or a network error. @default 2 */
  readonly retries?: number
  /** First backoff delay in ms; doubles per retry. @default 500 */
  readonly backoffMs?: number
}

/** A fetched body with what the server said about it. */
export interface Fetched {
  /** URL after redirects. */
  readonly url: string
  readonly status: number
  readonly contentType: string | null
  readonly bytes: Uint8Array
}

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version
/** The User-Agent every request sends, so site owners can see who we are. */
export const USER_AGENT = `forewarn/${VERSION} (+https://github.com/forewarn/forewarn)`

const guarded = new Agent({ connect: { lookup: guardedLookup } })
const open = new Agent()

class Retryable extends Error {}

/**
 * Fetches a URL with a polite User-Agent, a per-attempt timeout, a size cap, manual redirects
 * (limit and loop detection, each hop checked) and bounded retries with exponential backoff on
 * 5xx/429 answers and network errors. Private addresses are refused unless `allowPrivate`.
 * Failures are AppErrors naming the URL: PRIVATE_ADDRESS, TOO_LARGE or SOURCE_UNREACHABLE.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const retries = options.retries ?? 2
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchFollowing(url, options)
    } catch (e) {
      if (!(e instanceof Retryable) || attempt >= retries)
        throw e instanceof Retryable ? unreachable(url, e.message, e.cause) : e
      await new Promise((r) => setTimeout(r, (options.backoffMs ?? 500) * 2 ** attempt))
    }
  }
}

const unreachable = (url: string, reason: string, cause?: unknown): AppError =>
  new AppError('SOURCE_UNREACHABLE', { url, reason }, cause ? { cause } : undefined)

async function fetchFollowing(start: string, options: FetchOptions): Promise<Fetched> {
  const seen = new Set<string>()
  let url = start
  for (let hop = 0; ; hop++) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch (e) {
      throw unreachable(start, `"${url}" is not a valid URL`, e)
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw unreachable(start, `only http and https URLs are fetched, not ${parsed.protocol}`)
    const trusted =
      options.allowPrivate === true || (options.allowHosts ?? []).includes(hostOf(parsed))
    if (!trusted && isPrivateAddress(parsed.hostname))
      throw new AppError('PRIVATE_ADDRESS', {
        url,
        address: parsed.hostname.replace(/^\[|\]$/g, ''),
      })
    seen.add(parsed.href)
    const res = await send(parsed.href, options, trusted)
    if (res.statusCode >= 300 && res.statusCode < 400 && res.headers['location']) {
      await res.body.dump()
      const next = new URL(String(res.headers['location']), parsed).href
      if (seen.has(next)) throw unreachable(start, `redirect loop at ${next}`)
      if (hop + 1 > (options.maxRedirects ?? 5))
        throw unreachable(start, `more than ${options.maxRedirects ?? 5} redirects`)
      url = next
      continue
    }
    if (res.statusCode >= 500 || res.statusCode === 429) {
      await res.body.dump()
      throw new Retryable(`the server answered ${res.statusCode}`)
    }
    if (res.statusCode >= 400) {
      await res.body.dump()
      throw unreachable(start, `the server answered ${res.statusCode}`)
    }
    const contentType = headerValue(res.headers['content-type'])
    return {
      url: parsed.href,
      status: res.statusCode,
      contentType,
      bytes: await readCapped(res, start, options),
    }
  }
}

const hostOf = (u: URL): string => u.hostname.replace(/^\[|\]$/g, '')

async function send(
  url: string,
  options: FetchOptions,
  trusted: boolean,
): Promise<Dispatcher.ResponseData> {
  const timeoutMs = options.timeoutMs ?? 15_000
  try {
    return await request(url, {
      method: 'GET',
      dispatcher: trusted ? open : guarded,
      headers: {
        'user-agent': USER_AGENT,
        accept:
          'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
      },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (e) {
    const priv = findCause(e)
    if (priv) throw new AppError('PRIVATE_ADDRESS', { url, address: priv.address }, { cause: e })
    const reason = /abort|timeout/i.test(`${(e as Error).name} ${reasonOf(e)}`)
      ? `no answer within ${timeoutMs} ms`
      : reasonOf(e)
    throw new Retryable(reason, { cause: e })
  }
}

function findCause(e: unknown): PrivateAddressError | undefined {
  for (let c = e, i = 0; c && i < 6; c = (c as Error).cause, i++)
    if (c instanceof PrivateAddressError) return c
  return undefined
}

const headerValue = (v: string | string[] | undefined): string | null =>
  Array.isArray(v) ? (v[0] ?? null) : (v ?? null)

async function readCapped(
  res: Dispatcher.ResponseData,
  url: string,
  options: FetchOptions,
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024
  const declared = Number(headerValue(res.headers['content-length']) ?? NaN)
  if (declared > maxBytes) {
    await res.body.dump()
    throw new AppError('TOO_LARGE', { path: url, bytes: declared, maxBytes })
  }
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      total += chunk.length
      if (total > maxBytes) {
        res.body.destroy()
        throw new AppError('TOO_LARGE', { path: url, bytes: total, maxBytes })
      }
      chunks.push(chunk)
    }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new Retryable(`the connection broke while reading: ${reasonOf(e)}`, { cause: e })
  }
  return Buffer.concat(chunks)
}
