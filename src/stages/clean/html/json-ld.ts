/** Article facts found in JSON-LD blocks. */
export interface JsonLdArticle {
  readonly headline: string | null
  readonly datePublished: string | null
  readonly authors: readonly string[]
  readonly publisher: string | null
  readonly language: string | null
  readonly url: string | null
  /** The article text some sites embed (`articleBody`), plain text. */
  readonly articleBody: string | null
}

type Json = Record<string, unknown>

const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|WebPage)$/

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)
const types = (o: Json): string[] => {
  const t = o['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** Every object in a JSON-LD value, through arrays and `@graph`, depth-first. */
function flatten(value: unknown, out: Json[], depth = 0): void {
  if (depth > 6) return
  if (Array.isArray(value)) for (const v of value) flatten(v, out, depth + 1)
  else if (isObj(value)) {
    out.push(value)
    if (value['@graph']) flatten(value['@graph'], out, depth + 1)
    if (isObj(value['mainEntity'])) flatten(value['mainEntity'], out, depth + 1)
  }
}

/** Names of a JSON-LD person/organisation value: a string, an object with `name`, or an array. */
function names(value: unknown, byId: Map<string, Json>): string[] {
  const list = Array.isArray(value) ? value : [value]
  const out: string[] = []
  for (const v of list) {
    if (typeof v === 'string' && v.trim()) out.push(v.trim())
    else if (isObj(v)) {
      const ref = str(v['@id'])
      const target = !str(v['name']) && ref ? (byId.get(ref) ?? v) : v
      const name = str(target['name'])
      if (name) out.push(name)
    }
  }
  return out
}

/**
 * Reads the article described by a page's JSON-LD scripts (NewsArticle and its kin, also inside
 * `@graph` and arrays; `@id` references resolved). Broken JSON is skipped, since pages often ship
 * templated or truncated blocks. Returns null when no article-like object is present.
 */
export function jsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  const objects: Json[] = []
  for (const src of scripts) {
    try {
      flatten(JSON.parse(src.trim().replace(/^<!--|-->$/g, '')), objects)
    } catch {
      continue
    }
  }
  const byId = new Map<string, Json>()
  for (const o of objects) {
    const id = str(o['@id'])
    if (id && !byId.has(id)) byId.set(id, o)
  }
  const candidates = objects.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)))
  // A real article type beats the generic WebPage that many sites add beside it.
  const article =
    candidates.find(
      (o) => !types(o).includes('WebPage') && (o['headline'] || o['datePublished']),
    ) ?? candidates[0]
  if (!article) return null
  const publisher = names(article['publisher'], byId)[0] ?? null
  return {
    headline: str(article['headline']) ?? str(article['name']),
    datePublished: str(article['datePublished']) ?? str(article['dateCreated']),
    authors: names(article['author'] ?? article['creator'], byId),
    publisher,
    language: str(article['inLanguage']),
    url: str(article['url']) ?? str(article['mainEntityOfPage']),
    articleBody: str(article['articleBody']),
  }
}
