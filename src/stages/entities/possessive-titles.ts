import type { RawMention } from './raw-mention.js'
import type { Token } from './tokenize.js'

const POSSESSIVES = new Set(['his', 'her'])
// Relations that point to someone of another side ("his Kazakh counterpart Tokayev").
const OTHER_SIDE = new Set(['counterpart', 'counterparts', 'rival', 'opponent', 'host', 'guest'])
/** Title words between the possessive and the name, at most. */
const TITLE_WORDS = 3

/**
 * "Kyrgyz leader Sadyr Japarov and his security chief Kamchybek Tashiev": a person named after
 * "his/her <title>" with no state of their own serves the person that possessive points back to,
 * the nearest earlier person of the sentence with a state. Returns `out`, updated in place.
 */
export function possessiveTitles(tokens: readonly Token[], out: RawMention[]): RawMention[] {
  for (let k = 0; k < out.length; k++) {
    const m = out[k] as RawMention
    if (m.kind !== 'person' || m.aff.country) continue
    const at = possessiveBefore(tokens, m.start)
    if (at < 0) continue
    for (let j = k - 1; j >= 0; j--) {
      const p = out[j] as RawMention
      if (p.end > at) continue
      if (tokens.slice(p.end, at).some((t) => SENTENCE_END.test(t.text))) break
      if (p.kind === 'person' && p.aff.country) {
        m.aff.country = p.aff.country
        break
      }
    }
  }
  return out
}

const SENTENCE_END = /^[.!?]$/

// Index of "his"/"her" right before lower-case title words ending at `start`, or -1.
function possessiveBefore(tokens: readonly Token[], start: number): number {
  for (let i = start - 1; i >= Math.max(0, start - 1 - TITLE_WORDS); i--) {
    const t = tokens[i] as Token
    if (POSSESSIVES.has(t.lower)) return i < start - 1 ? i : -1
    if (!t.isWord || t.isCap || OTHER_SIDE.has(t.lower)) return -1
  }
  return -1
}
