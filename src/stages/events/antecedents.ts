import type { SentenceView } from './doc-view.js'
import { PREPOSITIONS, type Antecedents } from './find-parties.js'

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we'])
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'another'])
// Sentence adverbs that may open a sentence before a comma ("Then, …", "Meanwhile, …").
const OPENING_ADVERBS = new Set(
  (
    'then meanwhile however later earlier also yesterday today now still instead moreover ' +
    'separately late early last overnight finally first afterwards subsequently previously recently'
  ).split(' '),
)
const MAX_OPENER = 12
// How far into the subject its head noun or name may sit ("the Kazakh foreign ministry").
const SUBJECT_HEAD = 3

/** Index of the first token after the sentence's opening adverbials ("Then, in late August, …"). */
function subjectStart(sv: SentenceView, end: number): number {
  let i = 0
  for (;;) {
    const t = sv.tokens[i]
    if (!t || !(PREPOSITIONS.has(t.lower) || OPENING_ADVERBS.has(t.lower))) return i
    let k = i + 1
    while (k < end && k - i <= MAX_OPENER && sv.tokens[k]?.text !== ',') k++
    if (sv.tokens[k]?.text !== ',') return i
    i = k + 1
  }
}

/**
 * Updates the antecedent of "it"/"they" after a sentence: the named subject of its main clause. A
 * pronoun subject keeps the antecedent it resolved to; a subject that is a common noun phrase naming
 * no party ("A post appeared on …") clears it, so that a later "It …" is not pinned on an older,
 * unrelated state.
 */
export function updateAntecedents(sv: SentenceView, ante: Antecedents): void {
  const mainEnd = sv.mainEnd
  const s = subjectStart(sv, mainEnd)
  const first = sv.tokens[s]
  if (first && PRONOUNS.has(first.lower)) return
  for (const g of sv.groups) {
    if (g.first >= mainEnd) break
    if (g.first < s) continue
    const before = sv.tokens[g.first - 1]
    // "officials in Moscow": the state the subject belongs to counts, anywhere else it does not.
    const owner = g.first - s <= SUBJECT_HEAD + 1 && /^(in|of|from)$/.test(before?.lower ?? '')
    if (before && PREPOSITIONS.has(before.lower) && !owner) continue
    if (first && DETERMINERS.has(first.lower) && g.first - s > SUBJECT_HEAD + 1) break
    const p = g.parties.find((x) => x.code && x.kind !== 'PERSON')
    if (p) ante.lastSubject = p
    ante.lastAny = g.parties.find((x) => x.code) ?? ante.lastAny
    return
  }
  // A subject with no party of its own: a determiner and a common noun ("The post was deleted").
  if (first && DETERMINERS.has(first.lower)) ante.lastSubject = null
}
