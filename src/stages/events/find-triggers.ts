import type { Lexicon, TriggerDef } from './lexicon.js'
import { matchAt } from './phrases.js'
import type { Token } from './tokenize.js'

/** A trigger found in a sentence: its definition and token range `[head, end)`. */
export interface Hit {
  readonly def: TriggerDef
  readonly head: number
  readonly end: number
}

// Words after which an ambiguous form ("visit", "protest", "strike") is read as a noun.
const NOUN_CONTEXT = new Set(
  (
    'a an the this that these those its their his her our my your new further any no first ' +
    "second another each every such 's official formal mass general widespread public street " +
    'controversial veiled brief recent latest planned possible potential'
  ).split(' '),
)

// Determiners: a verb reading is impossible right after one ("the absolute support").
const DETERMINERS = new Set(
  "a an the this these those its their his her our my your 's any no such".split(' '),
)
const ADJECTIVE = /(al|ous|ive|ic|ful|able|ible|less|ute|er)$/
const NOT_ADJECTIVE = new Set(
  'never ever however whether either neither rather together other whatever whenever later'.split(
    ' ',
  ),
)
// A bare verb form cannot follow a preposition other than "to" ("a degree of support").
const PREPOSITIONS = new Set(
  'of in on at for with about from by into over under against'.split(' '),
)
// Before an -ing form these make it a verb ("was shelling", "they are attacking", "continued shelling").
const VERB_BEFORE_ING = new Set(
  "is are was were be been being 's 're am he she they it we i who which that and or , not also still".split(
    ' ',
  ),
)

const BEFORE_VERB = new Set(
  (
    'to will would can could may might must should shall do does did not never also they we i you he she it ' +
    'and or who that which police army government military parliament people leadership regime ' +
    'administration navy junta cabinet court council forces troops rebels officials authorities ' +
    'often still now then again repeatedly jointly reportedly allegedly help ' +
    // Singular subjects that name an actor: "the president visits", "the junta expels".
    'president minister premier leader chancellor king queen spokesman spokeswoman envoy ' +
    'ambassador chief commander secretary ministry party junta coalition opposition'
  ).split(' '),
)

function canPrecedeVerb(t: Token): boolean {
  if (!t.isWord) return t.text === ',' || t.text === '"' || t.text === '“' || t.text === ':'
  return BEFORE_VERB.has(t.lower) || /^\p{Lu}/u.test(t.text) || /(s|ly|n't)$/.test(t.lower)
}

/**
 * True when the form at `i` can only be a noun here: a base or -s form after a determiner,
 * preposition or adjective; an -ing form after a noun or adjective ("a car bombing").
 */
function nounOnly(tokens: readonly Token[], i: number, irregular: ReadonlySet<string>): boolean {
  const tok = tokens[i]
  const p1 = tokens[i - 1]
  const p2 = tokens[i - 2]
  if (!tok || !p1) return false
  // "the president met …", "the envoy held talks": an irregular past form after a noun is a verb.
  if (irregular.has(tok.lower)) return DETERMINERS.has(p1.lower) || PREPOSITIONS.has(p1.lower)
  // "the agreed line", "its banned party": a participle after a determiner is an adjective.
  if (/ed$/.test(tok.lower)) return DETERMINERS.has(p1.lower) && p1.lower !== "'s"
  if (/ing$/.test(tok.lower)) {
    // "a declaration demanding that …": a reduced relative clause, so a verb.
    if (/^(that|the|a|an|its|their|his|her)$/.test(tokens[i + 1]?.lower ?? '')) return false
    if (VERB_BEFORE_ING.has(p1.lower) || /(ly|ed)$/.test(p1.lower) || !p1.isWord) return false
    return !/^\p{Lu}/u.test(p1.text) && !PREPOSITIONS.has(p1.lower) && p1.lower !== 'to'
  }
  if (DETERMINERS.has(p1.lower) || PREPOSITIONS.has(p1.lower)) return true
  // A base or -s verb needs something that can precede a verb: a subject, an auxiliary, "to",
  // an adverb. "missile attack", "first attack" are compounds.
  if (!canPrecedeVerb(p1)) return true
  // A capitalised word inside the sentence is a name ("rebels in Kidal must"), not an adjective.
  const name = i > 1 && /^\p{Lu}/u.test(p1.text)
  const adjective =
    ADJECTIVE.test(p1.lower) && !NOT_ADJECTIVE.has(p1.lower) && !name && !BEFORE_VERB.has(p1.lower)
  // Comparatives ("greater support", "wider sanctions") only ever modify nouns.
  if (adjective && /[^e]er$/.test(p1.lower) && p1.lower.length > 5) return true
  return (
    adjective &&
    (!p2 ||
      DETERMINERS.has(p2.lower) ||
      !p2.isWord ||
      /(ly)$/.test(p2.lower) ||
      PREPOSITIONS.has(p2.lower) ||
      p2.lower === 'to')
  )
}

function prefers(def: TriggerDef, nounContext: boolean, participle: boolean): boolean {
  if (participle && !def.nominal) return true
  return def.nominal ? nounContext : !nounContext
}

/**
 * Finds triggers left to right in one pass. At each token the longest pattern wins, preferring the
 * noun or verb reading that fits the word before it; tokens inside a match start no other match.
 */
export function findTriggers(tokens: readonly Token[], lex: Lexicon): Hit[] {
  const hits: Hit[] = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (!lex.triggerWords.mayHave(tok.lower)) continue
    const defs = lex.triggers.get(tok.lower)
    if (!defs) continue
    const prev = tokens[i - 1]
    // What depends on the token only is worked out once, not per definition (issue #8).
    const nounContext =
      !!prev && (NOUN_CONTEXT.has(prev.lower) || /al$|ous$|ive$|ic$/.test(prev.lower))
    const participle = /(ed|ing)$/.test(tok.lower)
    let noun: boolean | null = null
    let best: Hit | null = null
    let bestScore = -1
    for (const def of defs) {
      if (def.notAfter && prev && def.notAfter.has(prev.lower)) continue
      if (def.onlyAfter && !(prev && def.onlyAfter.has(prev.lower))) continue
      if (!def.nominal && def.elems.length === 1 && (noun ??= nounOnly(tokens, i, lex.participles)))
        continue
      // The token is a key of its first element, so a one-word pattern ends right after it.
      const end = def.elems.length === 1 ? i + 1 : matchAt(def.elems, tokens, i)
      if (end < 0) continue
      if (def.notBefore?.has(tokens[end]?.lower ?? '')) continue
      if (def.onlyBefore && !def.onlyBefore.has(tokens[end]?.lower ?? '.')) continue
      const score = (end - i) * 2 + (prefers(def, nounContext, participle) ? 1 : 0)
      if (score > bestScore) {
        best = { def, head: i, end }
        bestScore = score
      }
    }
    if (best) {
      hits.push(best)
      i = best.end - 1
    }
  }
  return hits
}
