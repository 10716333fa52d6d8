import type { Sector } from '../../core/model.js'
import type { SentenceRange } from './affiliation.js'
import type { Lexicons } from './lexicons.js'
import { emptyAffiliation, type Affiliation } from './raw-mention.js'
import type { Token } from './tokenize.js'

// Built once: a regex literal with \p{…} inside a function is rebuilt on every call once the
// build lowers it to `new RegExp` (esbuild does for Node targets; issue #8).
const TWO_CAPITALS = /\p{Lu}{2,}/u

/** A name word: word tokens joined by attached hyphens or initials' dots ("Kassym-Jomart", "J."). */
export interface Unit {
  /** Token range `[start, end)`. */
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Name words of tokens `[a, b)`. */
export function units(tokens: readonly Token[], a: number, b: number): Unit[] {
  const out: Unit[] = []
  let k = a
  while (k < b) {
    const t = tokens[k] as Token
    if (!t.isWord) {
      k++
      continue
    }
    let end = k + 1
    let text = t.text
    for (;;) {
      const h = tokens[end]
      const w = tokens[end + 1]
      if (
        end + 1 < b &&
        h &&
        w?.isWord &&
        (h.text === '-' || h.text === '‐') &&
        !h.spaceBefore &&
        !w.spaceBefore
      ) {
        text += `-${w.text}`
        end += 2
      } else break
    }
    const dot = tokens[end]
    if (text.length === 1 && dot?.text === '.' && !dot.spaceBefore && end < b) {
      text += '.'
      end++
    }
    out.push({ start: k, end, text })
    k = end
  }
  return out
}

/**
 * An organisation name in tokens `[a, b)` by its cue words ("… Institute", "Ministry of …",
 * "Radio …"), or by what follows it ("the X channel"). Returns the sector the cue suggests.
 */
export function findOrg(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
): { sector: Sector | null } | undefined {
  const all = tokens.slice(a, b).filter((t) => t.isWord)
  const words = all.filter((t) => !lx.names.connectors.has(t.lower))
  if (!words.length) return undefined
  // "the X channel": only a name that is not an ordinary word ("A", "Another").
  if (
    lx.words.mediaCues.matchAt(tokens, b) &&
    words.some((w) => w.text.length > 1 && !lx.words.common.has(w.lower))
  )
    return { sector: 'MED' }
  if (words.length < 2) return undefined
  const first = lx.words.orgCues.get((words[0] as Token).lower)
  if (first && first.position !== 'head') return { sector: first.sector }
  const last = lx.words.orgCues.get((words.at(-1) as Token).lower)
  if (last && last.position !== 'lead') return { sector: last.sector }
  for (const [k, w] of all.entries()) {
    const cue = lx.words.orgCues.get(w.lower)
    if (cue?.position === 'any') return { sector: cue.sector }
    // "Committee on Defense", "Council on Foreign Relations", "Union for the Defence of …": a
    // head word before a connector; opening the name only when two or more words follow.
    const next = all[k + 1]
    if (
      cue &&
      cue.position === 'head' &&
      (k > 0 || words.length >= 3) &&
      next &&
      lx.names.connectors.has(next.lower)
    )
      return { sector: cue.sector }
  }
  return undefined
}

/**
 * True when 2-4 name words look like a person's name: no acronyms or digits, no titles, states
 * or organisation cues, and the surname is not an English word; one English word is allowed as
 * the first of three or more names ("Grant Alejandro Ruiz").
 */
export function looksLikePerson(lx: Lexicons, words: readonly string[]): boolean {
  let common = 0
  for (const [k, w] of words.entries()) {
    const lower = w.toLowerCase()
    if (/\d/.test(w) || TWO_CAPITALS.test(w.replace(/^Mc|^Mac/, ''))) return false
    if (lx.words.orgCues.has(lower) || lx.words.titles.has(w) || lx.names.platforms.has(w))
      return false
    if (lx.names.notNames.has(lower)) return false
    if (lx.words.common.has(lower) && !lx.names.nameParticles.has(lower)) {
      if (k === words.length - 1 || k > 0) return false
      common++
    }
  }
  return common === 0 || words.length >= 3
}

/**
 * Country and sector of an organisation from its own words and neighbours: a state inside the
 * name ("Ministry of Defense of Kazakhstan"), a possessive state before it ("Washington's X"),
 * or a media word after it ("the X Telegram channel").
 */
export function orgAffiliation(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
  s: SentenceRange,
): Affiliation {
  const aff = emptyAffiliation()
  let inner: string | null = null
  for (let k = a; k < b; k++) {
    const st = lx.states.phrases.matchAt(tokens, k, b)
    if (st?.value.type === 'COUNTRY') {
      aff.country ??= st.value.id
      k = st.end - 1
    }
    // A known body inside the name ("State Duma Committee on Defense") gives its state, after a
    // state named in it; a one-word short form that is an English word ("Total") is just a word.
    const known = st ? undefined : lx.words.knownOrgs.matchAt(tokens, k, b)
    const plain = known?.end === k + 1 && lx.words.common.has((tokens[k] as Token).lower)
    if (known?.value.country && !(plain && b - a > 1)) inner ??= known.value.country
  }
  aff.country ??= inner
  if (tokens[a - 1]?.lower === 's' && /['’]/.test(tokens[a - 2]?.text ?? '')) {
    for (let k = a - 3; k >= Math.max(s.start, a - 6); k--) {
      const st = lx.states.phrases.matchAt(tokens, k, a - 2)
      if (st?.end === a - 2 && st.value.type === 'COUNTRY') aff.country ??= st.value.id
    }
  }
  if (lx.words.mediaCues.matchAt(tokens, b)) aff.sector = 'MED'
  if (!aff.country) aff.country = tiedState(lx, tokens, b, s)
  return aff
}

// "X, which is said to be close to the Chinese army": the state that a
// relative clause right after the name ties it to.
function tiedState(
  lx: Lexicons,
  tokens: readonly Token[],
  b: number,
  s: SentenceRange,
): string | null {
  for (let k = b; k < Math.min(s.end, b + 14); k++) {
    const t = tokens[k] as Token
    if (!t.isWord && /[.;:!?]/.test(t.text)) return null
    if (!lx.names.affiliationVerbs.has(t.lower)) continue
    for (let j = k + 1; j < Math.min(s.end, k + 5); j++) {
      const st = lx.states.phrases.matchAt(tokens, j, s.end)
      if (st?.value.type === 'COUNTRY') return st.value.id
    }
    return null
  }
  return null
}
