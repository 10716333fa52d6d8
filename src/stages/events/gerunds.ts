import type { SentenceView } from './doc-view.js'

// "-ing" words that introduce a phrase rather than act on it ("including Georgia", "during").
const NOT_GERUNDS = new Set([
  'including',
  'during',
  'regarding',
  'concerning',
  'following',
  'according',
  'excluding',
  'involving',
  'neighbouring',
  'neighboring',
  'bordering',
])
const isGerund = (lower: string): boolean =>
  lower.length > 5 && lower.endsWith('ing') && !NOT_GERUNDS.has(lower)

// Prepositions that open a phrase of its own around a gerund ("of protecting", "by arming").
const GERUND_PREPOSITIONS = new Set([
  'of',
  'by',
  'for',
  'after',
  'before',
  'while',
  'without',
  'from',
])

/**
 * Whether the group at `first` is the object of a gerund inside a prepositional phrase ("the
 * pretext of protecting Russian speakers"); "resume shelling Albanian positions" continues the
 * verb, so its object stays the verb's.
 */
export function gerundObject(sv: SentenceView, first: number): boolean {
  return (
    isGerund(sv.tokens[first - 1]?.lower ?? '') &&
    GERUND_PREPOSITIONS.has(sv.tokens[first - 2]?.lower ?? '')
  )
}
