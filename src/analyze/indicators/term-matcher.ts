/**
 * Compiles a word list into one case-insensitive matcher of whole words or phrases. A trailing `*`
 * matches any word ending ("biolab*" → "biolabs", "biolaboratories" needs its own entry).
 */
export function termMatcher(terms: readonly string[]): (text: string) => string | null {
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => {
      const wild = t.endsWith('*')
      const body = (wild ? t.slice(0, -1) : t)
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '[\\s\\u00a0-]+')
        .replace(/['’]/g, "['’]")
      return wild ? `${body}[\\p{L}\\p{N}]*` : body
    })
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
  return (text) => re.exec(text)?.[0] ?? null
}
