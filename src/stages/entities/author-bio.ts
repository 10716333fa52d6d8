import { personContext } from './affiliation.js'
import type { Lexicons } from './lexicons.js'
import { emptyAffiliation, type Affiliation } from './raw-mention.js'
import { tokenize } from './tokenize.js'

/**
 * Affiliation of each author from the bio lines the cleaner took out of the body ("X is a
 * political analyst from Kazakhstan", "X, a senior fellow at …, covers …"): the same apposition
 * rules as in the body, read on a bio that starts with the author's name. Keyed by the author
 * as written in `authors`; authors without a bio are absent.
 */
export function authorAffiliations(
  lx: Lexicons,
  authors: readonly string[],
  notes: readonly string[],
): Map<string, Affiliation> {
  const out = new Map<string, Affiliation>()
  for (const note of notes) {
    const tokens = tokenize(note)
    for (const author of authors) {
      if (out.has(author)) continue
      const words = tokenize(author).filter((t) => t.isWord)
      if (!words.length || words.length > tokens.length) continue
      // The bio must open with the author's name, word for word (case-insensitive).
      if (!words.every((w, i) => tokens[i]?.lower === w.lower)) continue
      const aff = emptyAffiliation()
      personContext(
        lx,
        tokens,
        0,
        words.length,
        { start: 0, end: tokens.length, paragraph: 0 },
        aff,
      )
      if (aff.country || aff.sector) out.set(author, aff)
    }
  }
  return out
}
