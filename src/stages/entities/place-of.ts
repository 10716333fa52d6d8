import type { Place } from './gazetteer.js'
import type { Lexicons } from './lexicons.js'

const SPACE = /\s/

// JavaScript `\s` (what the name texts are split on); ASCII without the RegExp.
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)))

/**
 * "Atyrau Region", "Aktau City": a place, or a place with its kind written after it (the last
 * word, after the last run of spaces, a place suffix). Finds that word as
 * `text.replace(/\s+\S+$/, …)` would, by scanning back, since this runs for most multi-word names
 * (issue #8).
 */
export function placeOf(lx: Lexicons, text: string): Place | undefined {
  const found = lx.places.lookup(text)
  if (found) return found
  let k = text.length
  while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--
  let j = k
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--
  // No space before the last word, or the text ends in a space: nothing to strip.
  if (j === k || k === text.length) return undefined
  if (!lx.names.placeSuffixes.has(text.slice(k).toLowerCase())) return undefined
  return lx.places.lookup(text.slice(0, j))
}
