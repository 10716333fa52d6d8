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

function prefers(def: TriggerDef, prev: Token | undefined, form: string): boolean {
  const nounContext =
    !!prev &&
    (NOUN_CONTEXT.has(prev.lower) ||
      /^\p{Lu}/u.test(prev.text) ||
      /al$|ous$|ive$|ic$/.test(prev.lower))
  if (/(ed|ing)$/.test(form) && !def.nominal) return true
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
    const defs = lex.triggers.get(tok.lower)
    if (!defs) continue
    const prev = tokens[i - 1]
    let best: Hit | null = null
    let bestScore = -1
    for (const def of defs) {
      if (def.notAfter && prev && def.notAfter.has(prev.lower)) continue
      if (def.onlyAfter && !(prev && def.onlyAfter.has(prev.lower))) continue
      const end = matchAt(def.elems, tokens, i)
      if (end < 0) continue
      const score = (end - i) * 2 + (prefers(def, prev, tok.lower) ? 1 : 0)
      if (score > bestScore) [best, bestScore] = [{ def, head: i, end }, score]
    }
    if (best) {
      hits.push(best)
      i = best.end - 1
    }
  }
  return hits
}
