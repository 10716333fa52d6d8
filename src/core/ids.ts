import * as crypto from 'node:crypto'
import { createHash } from 'node:crypto'

/** Content hash used as a document id: sha256 of the normalised text, first 16 hex chars. */
export type DocId = string
/** Stable slug of a resolved entity (`kassym-jomart-tokayev`, `KAZ`, `csto`). */
export type EntityId = string

// Curly single quotes U+2018-U+201B and double quotes U+201C-U+201F: one pass for both.
const CURLY_QUOTES = /[\u2018-\u201F]/g
const straightQuote = (c: string): string => (c < '\u201C' ? "'" : '"')
// Whitespace runs other than a lone space: the same result as replacing every /\s+/ with ' ',
// without rewriting each single space between words (issue #8: this ran over every document).
const SPACE_RUN = /\s{2,}|[^\S ]/g

/** Normalises text for hashing so that whitespace and quote style do not change the id. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(CURLY_QUOTES, straightQuote)
    .replace(SPACE_RUN, ' ')
    .trim()
    .toLowerCase()
}

// Hex SHA-256 of a string. The one-shot `crypto.hash` (Node 20.12+) skips the Hash object and
// its algorithm lookup, which cost about as much as hashing a whole article.
const sha256Hex: (s: string) => string =
  typeof crypto.hash === 'function'
    ? (s) => crypto.hash('sha256', s, 'hex')
    : (s) => createHash('sha256').update(s).digest('hex')

/** Content-hash id of a document's clean text. */
export function docIdFor(text: string): DocId {
  return sha256Hex(normaliseForHash(text)).slice(0, 16)
}

const sha1Hex: (s: string) => string =
  typeof crypto.hash === 'function'
    ? (s) => crypto.hash('sha1', s, 'hex')
    : (s) => createHash('sha1').update(s).digest('hex')

/** Short stable hash of any string (ids for events, claims). */
export function shortHash(value: string, length = 12): string {
  return sha1Hex(value).slice(0, length)
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
