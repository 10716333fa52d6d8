/** An error answered by the API: `{ code, message }`. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

const TOKEN_KEY = 'forewarn-token'

/** The bearer token the user entered on the ingest page (kept for this tab only). */
export const token = {
  get: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: (t: string): void => sessionStorage.setItem(TOKEN_KEY, t),
}

/** Query parameters, dropping empty ones. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') p.set(k, String(v))
  const s = p.toString()
  return s ? `?${s}` : ''
}

/** Calls the API and returns its JSON, or throws `ApiError` with the server's code and message. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  if (token.get()) headers['Authorization'] = `Bearer ${token.get()}`
  const res = await fetch(`/api${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
  const data = (await res.json().catch(() => null)) as unknown
  if (!res.ok) {
    const e = (data ?? {}) as { code?: string; message?: string }
    throw new ApiError(e.code ?? String(res.status), e.message ?? res.statusText)
  }
  return data as T
}

/** A page of results as the API returns it. */
export interface PageOf<T> {
  items: T[]
  limit: number
  offset: number
  hasMore: boolean
}
