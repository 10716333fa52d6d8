import { clauseOf } from './clauses.js'
import type { Filler } from './find-parties.js'
import type { SentenceView } from './doc-view.js'

// Words that may sit between a subject and its verb ("… have agreed", "… must also accept").
const VERB_GLUE = new Set(
  (
    'has have had must will would should could may might can shall did do does is are was were ' +
    'be been also not now jointly today yesterday reportedly allegedly finally'
  ).split(' '),
)
// Words a coordinated noun phrase may hold besides nouns and names ("the rebels in Darfur").
const NP_WORDS = new Set(
  'the a an his her its their our other some several two three in of from and'.split(' '),
)
const MAX_SUBJECT_TOKENS = 12

/**
 * "the Chadian government and the rebels in the east must …", "Chadian helicopters and tanks
 * shelled …": a subject of two coordinated noun phrases names two actors even when both belong to
 * the same state, and the annotation gives one event per conjunct. Returns the filler with its party
 * repeated once per conjunct when the subject right before `head` is such a coordination and all its
 * named parties share one code; otherwise the filler unchanged.
 */
export function perConjunct(sv: SentenceView, filler: Filler, head: number): Filler {
  const g = filler.group
  const first = filler.parties[0]
  if (!g || !first || g.first >= head) return filler
  // "X found A … and accused Y": a subject taken from the clause this one is joined to is one
  // party; the span up to the verb holds the other clause's verb phrase, not a coordination.
  if (g.first < (sv.clauses[clauseOf(sv.clauses, head)]?.start ?? 0)) return filler
  if (filler.parties.some((p) => p.code !== first.code)) return filler
  const toks = sv.tokens
  // The subject ends where the verb's auxiliaries begin.
  let end = head
  while (end > g.end && VERB_GLUE.has(toks[end - 1]?.lower ?? '')) end--
  // It starts after the determiners and modifiers before the group, at a comma or clause opener.
  let start = g.first
  while (start > 0 && start > g.first - 3 && /^(the|a|an)$/.test(toks[start - 1]?.lower ?? ''))
    start--
  if (end - start > MAX_SUBJECT_TOKENS) return filler
  let ands = 0
  for (let i = start; i < end; i++) {
    const t = toks[i]
    if (!t || (!t.isWord && !/^[-/.&]$/.test(t.text))) return filler
    if (t.lower === 'and') ands++
    // A lower-case past form or an -ly word is a verb or adverb: the span is not one noun phrase.
    const inGroup = sv.groups.some((x) => x.first <= i && x.end > i)
    // "Putin and President Tokayev": a name the entity stage could not place may be of any state;
    // an acronym ("the government and the SPLA") or a place after "in" is taken as the same state's.
    const name = /^\p{Lu}/u.test(t.text) && /\p{Ll}/u.test(t.text) && i > 0
    if (name && !inGroup && !/^(in|of|from)$/.test(toks[i - 1]?.lower ?? '')) return filler
    if (
      !inGroup &&
      !NP_WORDS.has(t.lower) &&
      /^\p{Ll}/u.test(t.text) &&
      /(ed|ly|ing)$/.test(t.lower)
    )
      return filler
  }
  if (ands !== 1 || filler.parties.length >= 2) return filler
  return { parties: [first, first], group: { ...g, first: start, end } }
}

/** True when the filler's parties come from a phrase joined by "and"/"or" (not a list of titles). */
export function isCoordination(sv: SentenceView, filler: Filler): boolean {
  const g = filler.group
  if (!g || filler.parties.length < 2) return false
  for (let i = g.first; i < g.end; i++)
    if (/^(and|or|&)$/.test(sv.tokens[i]?.lower ?? '')) return true
  return false
}
