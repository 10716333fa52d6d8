import { createHash } from 'node:crypto'

/** Content hash used as a document id: sha256 of the normalised text, first 16 hex chars. */
export type DocId = string
/** Stable slug of a resolved entity (`kassym-jomart-tokayev`, `KAZ`, `csto`). */
export type EntityId = string

/** Normalises text for hashing so that whitespace and quote style do not change the id. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** Content-hash id of a document's clean text. */
export function docIdFor(text: string): DocId {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex').slice(0, 16)
}

/** Short stable hash of any string (ids for events, claims). */
export function shortHash(value: string, length = 12): string {
  return createHash('sha1').update(value).digest('hex').slice(0, length)
}

/** kebab-case slug of a name: ASCII letters and digits joined by '-'. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u0400-\u04ff]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
