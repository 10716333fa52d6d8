/**
 * Normalises author strings from metadata and bylines into a list of names: strips "By",
 * splits "A and B" / "A, B" / "A & B", drops URLs, e-mail addresses, handles and the publisher's own
 * name, and removes duplicates (case-insensitive), keeping first-seen order.
 *
 * @example cleanAuthors(['By Aigerim Sadykova and Marat Ospanov']) // ['Aigerim Sadykova', 'Marat Ospanov']
 */
export function cleanAuthors(raw: readonly string[], publisher: string | null = null): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const pub = publisher?.toLowerCase().replace(/\W+/g, '') ?? ''
  for (const value of raw) {
    const text = uninvert(value)
      .replace(/\s+/g, ' ')
      .replace(/^\s*(?:[\p{L}-]+\s+){0,2}?by[:\s]+/iu, '')
      // A trailing role or date after a separator is not part of the name.
      .replace(/\s*[|•·]\s.*$/, '')
      .trim()
    for (const part of text.split(/\s*(?:,|;|&|\band\b|(?<!\p{L})и(?!\p{L}))\s*/iu)) {
      const name = part
        .replace(/^by\s+/i, '')
        .replace(/[.,;:]+$/, '')
        .trim()
      if (!isName(name)) continue
      const key = name.toLowerCase()
      if (seen.has(key) || (pub && key.replace(/\W+/g, '').startsWith(pub))) continue
      seen.add(key)
      out.push(name)
    }
  }
  return out
}

function isName(s: string): boolean {
  if (s.length < 3 || s.length > 60) return false
  if (/[@/]|https?:|www\.|\.com\b/i.test(s)) return false
  if (/\d{3,}/.test(s)) return false
  // A job title after the name ("Editor-at-large") is a separate byline part, not a person.
  if (/\b(editor|correspondent|reporter|writer|contributor|columnist|producer)\b/i.test(s))
    return false
  // Staff credits ("Staff", "Editorial team") are kept only when they are the only byline.
  return /\p{L}/u.test(s) && s.split(' ').length <= 6
}

/** "Omarova, Dana" (citation and library style) → "Dana Omarova"; other strings unchanged. */
function uninvert(value: string): string {
  const m =
    /^\s*([\p{Lu}][\p{L}'’-]+),\s*([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?)\s*$/u.exec(
      value,
    )
  return m ? `${m[2]} ${m[1]}` : value
}
