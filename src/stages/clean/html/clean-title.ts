const SEPARATORS = /\s+[|–—:·»•\\/-]\s+|\s+-\s+/

const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.(com|org|net|co\.uk|ru|kz|info|news)\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Removes a site name from a page title ("Talks resume in Astana | Steppe Wire" → "Talks resume in
 * Astana"). A segment is removed when it matches the known site name, or when it is the segment
 * that the page's other titles (h1, og:title) do not contain. The longest remaining text wins.
 */
export function cleanTitle(
  title: string | null,
  siteName: string | null,
  otherTitles: readonly string[] = [],
): string | null {
  if (!title) return null
  const t = title.replace(/\s+/g, ' ').trim()
  if (!t) return null
  const parts = t.split(SEPARATORS)
  if (parts.length < 2) return t
  const site = siteName ? squash(siteName) : ''
  const first = parts[0] ?? ''
  const last = parts[parts.length - 1] ?? ''
  const isSite = (p: string): boolean => {
    const q = squash(p)
    return (
      !!site &&
      !!q &&
      (q === site || site.includes(q) || (q.includes(site) && q.length - site.length < 6))
    )
  }
  if (isSite(last)) return rejoin(t, parts.slice(0, -1))
  if (isSite(first)) return rejoin(t, parts.slice(1))
  // No known site name: trust another title of the page that equals a leading part.
  for (const other of otherTitles) {
    const o = squash(other)
    for (let n = parts.length - 1; n >= 1; n--) {
      const head = rejoin(t, parts.slice(0, n))
      // An unclosed <h1> runs on into the body, so a prefix match counts too.
      if (
        head &&
        (squash(head) === o || (head.split(' ').length >= 3 && o.startsWith(squash(head))))
      )
        return head
    }
  }
  return t
}

/** The original text spanning the given parts (keeps the title's own separators inside). */
function rejoin(original: string, parts: readonly string[]): string {
  const first = parts[0] ?? ''
  const last = parts[parts.length - 1] ?? ''
  const start = original.indexOf(first)
  const end = original.indexOf(last, start) + last.length
  return original.slice(start, end).trim()
}
