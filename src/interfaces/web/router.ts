/** A parsed hash route: `#/doc/ID?event=E` → `{ parts: ['doc', 'ID'], params }`. */
export interface Route {
  readonly parts: readonly string[]
  readonly params: URLSearchParams
}

/** Parses `location.hash`. */
export function currentRoute(hash = location.hash): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?')
  return {
    parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query),
  }
}

/** A hash link to `parts` with `params` (empty values dropped). */
export function href(
  parts: readonly string[],
  params: Record<string, string | number | null | undefined> = {},
): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') p.set(k, String(v))
  const q = p.toString()
  return `#/${parts.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`
}
