import type { ReadCache } from './read-cache.js'

/** Trigram candidates up to which a search reads every one and sorts them. */
const FEW_MATCHES = 300

/**
 * Whether `pattern` (a LIKE pattern from search string `q`) is held by few rows of the trigram
 * index `table`.`column`: then reading those candidates and sorting them beats walking the list
 * order; a common string meets a page of matches early on that walk. The trigram index answers
 * LIKE only for 3 characters or more, and `indexed` is false on stores without the index.
 */
export function fewMatches(
  reads: ReadCache,
  indexed: boolean,
  table: string,
  column: string,
  q: string | undefined,
  pattern: string,
): boolean {
  if (!q || !indexed || [...q].length < 3) return false
  const candidates = reads
    .prepared(`SELECT rowid FROM ${table} WHERE ${column} LIKE ? LIMIT ?`)
    .all(pattern, FEW_MATCHES + 1)
  return candidates.length <= FEW_MATCHES
}
