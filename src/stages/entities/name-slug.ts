import anyAscii from 'any-ascii'
import { slugify } from '../../core/ids.js'

// Slugs of recently seen entity names: the same people and organisations recur across documents,
// and a slug costs a transliteration, a Unicode normalisation and three replacements. A pure
// function's memo, bounded so memory stays flat.
const SLUGS = new Map<string, string>()
const MAX_SLUGS = 20_000

/** The id slug of an entity name: `slugify(anyAscii(name))`, memoised. */
export function nameSlug(name: string): string {
  let slug = SLUGS.get(name)
  if (slug === undefined) {
    slug = slugify(anyAscii(name))
    if (SLUGS.size >= MAX_SLUGS) SLUGS.clear()
    SLUGS.set(name, slug)
  }
  return slug
}
