import type { SentenceRange } from './affiliation.js'
import { findOrg, orgAffiliation } from './chunk-parts.js'
import type { Lexicons } from './lexicons.js'
import { afterTitle, FUNCTION_WORDS, segments } from './name-pieces.js'
import { placeOf } from './place-of.js'
import { domainOrg, nameText, pushOrg } from './org-mentions.js'
import { emptyAffiliation, type RawMention } from './raw-mention.js'
import type { Token } from './tokenize.js'
import type { StateRef } from './state-lexicon.js'
import type { KnownEntity } from './word-lists.js'
import { riversAndValleys } from './state-features.js'
import { possessiveTitles } from './possessive-titles.js'

/**
 * Finds state, IGO, person, organisation and place mentions in one linear pass over the tokens,
 * sentence by sentence: capitalised chunks are split into leading adjectives and titles
 * ("Former Russian President") and a name, then typed by organisation cues and context.
 */
export function recognise(
  lx: Lexicons,
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
): RawMention[] {
  const out: RawMention[] = []
  // Words written inside multi-word names somewhere in the document ("Susan Rice", "Marjorie
  // Greene"), built only when a misspelling is suspected: such a word is a name, not a typo.
  let inNames: Set<string> | null = null
  const typoOf = (i: number): StateRef | null => {
    const t = tokens[i] as Token
    const ref = misspeltState(lx, t)
    if (!ref) return null
    // A demonym is an adjective before its noun ("Ukranian troops"); a lone word one letter off a
    // demonym ("off Palawan on Sunday", Palauan) is more likely a place not in the gazetteer.
    if (ref.kind === 'demonym' && !t.lower.endsWith('s') && !beforeNoun(tokens[i + 1])) return null
    inNames ??= wordsInNames(tokens)
    return inNames.has(t.lower) ? null : ref
  }
  for (const s of sentences) {
    let i = s.start
    while (i < s.end) {
      const t = tokens[i] as Token
      if (!t.isWord) i++
      else if (t.isDomain) {
        out.push(domainOrg(lx, tokens, i, s))
        i++
      } else if (!t.isCap && !t.isUpper) {
        const st = lx.states.phrases.matchAt(tokens, i, s.end)
        // Known names that open in lower case ("al-Qaeda").
        const known = st ? null : lx.words.knownOrgs.matchAt(tokens, i, s.end)
        if (st) out.push({ kind: 'state', start: st.start, end: st.end, ref: st.value })
        else if (known)
          out.push(knownOrgMention(lx, tokens, known.start, known.end, known.value, s))
        i = st ? st.end : known ? known.end : i + 1
      } else {
        const end = chunkEnd(lx, tokens, i, s.end)
        // A state name running past the chunk ("Democratic People's Republic of Korea").
        const st = lx.states.phrases.matchAt(tokens, i, s.end)
        const typo = !st && end === i + 1 && !orgVariant(lx, t) ? typoOf(i) : null
        if (st && st.end > end) {
          out.push({ kind: 'state', start: st.start, end: st.end, ref: st.value })
          i = st.end
        } else if (typo) {
          out.push({ kind: 'state', start: i, end: i + 1, ref: typo })
          i++
        } else i = chunk(lx, tokens, i, end, s, out)
      }
    }
  }
  return possessiveTitles(tokens, riversAndValleys(tokens, out))
}

// "Quatar's emir", "Ethopia agreed": a lone capitalised word one letter away from a state's
// name, when it is no English word, known place or known organisation.
function misspeltState(lx: Lexicons, t: Token): StateRef | null {
  if (!t.isCap || t.isUpper) return null
  // The (memoised) fuzzy match first: it rarely finds one, and the large common-word set is
  // then not probed for every lone capitalised word (issue #8).
  const ref = lx.states.fuzzy.lookup(t.text)
  if (!ref || lx.words.common.has(t.lower)) return null
  if (lx.places.lookup(t.text) || lx.words.knownOrgs.has(t.text)) return null
  return ref
}

// Whether a word can be the noun (or another adjective) an adjective stands before.
const beforeNoun = (next: Token | undefined): boolean =>
  next !== undefined && next.isWord && !FUNCTION_WORDS.has(next.lower)

// "Hizbollah", "Taleban": a lone capitalised word spelling a known organisation with other
// vowels, when it is no English word, known place or known name as written.
function orgVariant(lx: Lexicons, t: Token): KnownEntity | undefined {
  if (!t.isCap || t.isUpper) return undefined
  // The (memoised) variant first: it is rarely found, and the large common-word set is then
  // never probed for most capitalised words (issue #8).
  const known = lx.words.knownOrgVariant(t.text)
  if (!known || lx.words.common.has(t.lower)) return undefined
  if (lx.words.knownOrgs.has(t.text) || lx.places.lookup(t.text)) return undefined
  return known
}

function wordsInNames(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>()
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k] as Token
    const b = tokens[k + 1] as Token
    if (a.isWord && b.isWord && a.isCap && b.isCap && b.spaceBefore) {
      out.add(a.lower)
      out.add(b.lower)
    }
  }
  return out
}

// A chunk: capitalised words, joined by attached hyphens and by connectors ("of", "and") that
// stand between capitalised words ("Ministry of Defense of Kazakhstan").
function chunkEnd(lx: Lexicons, tokens: readonly Token[], i: number, limit: number): number {
  let k = i + 1
  while (k < limit) {
    const t = tokens[k] as Token
    const next = tokens[k + 1]
    if (t.isWord && (t.isCap || t.isUpper) && (t.spaceBefore || tokens[k - 1]?.text === '.')) k++
    else if (t.text === '-' && !t.spaceBefore && next?.isWord && !next.spaceBefore && next.hasUpper)
      k += 2
    // "Bashar al-Assad", "Ahmed el-Sayed": a lower-case particle hyphened to the next name word,
    // after a name word ("An al-Qaeda cell" is an article and a known name).
    // (The big common-word set is probed last: most chunks end on no particle.)
    else if (
      t.isWord &&
      t.spaceBefore &&
      next?.text === '-' &&
      !next.spaceBefore &&
      lx.names.nameParticles.has(t.lower) &&
      tokens[k + 2]?.isCap === true &&
      !tokens[k + 2]?.spaceBefore &&
      !lx.words.common.has((tokens[k - 1] as Token).lower)
    )
      k += 3
    // Initials and short abbreviations ("J. Smith", "St. Petersburg"); chunks never cross sentences.
    else if (
      t.text === '.' &&
      !t.spaceBefore &&
      ((tokens[k - 1]?.text.length ?? 9) <= 3 || lx.words.titles.matchAt(tokens, k - 1, k)) &&
      next?.isCap
    )
      // …and abbreviated titles ("Capt. X", "Brig. Gen. X").
      k++
    else if (
      t.isWord &&
      lx.names.connectors.has(t.lower) &&
      next?.isWord &&
      next.isCap &&
      next.spaceBefore
    )
      k++
    // "National Union for the Total Independence of …": an organisation's name runs on over a
    // preposition and "the" (never "and the", which joins two names).
    else if (
      t.isWord &&
      t.lower !== 'and' &&
      t.lower !== 'the' &&
      lx.names.connectors.has(t.lower) &&
      next?.lower === 'the' &&
      tokens[k + 2]?.isCap &&
      hasOrgCue(lx, tokens, i, k)
    )
      k += 2
    else break
  }
  // A chunk never ends on a connector, a dot or a day ("Yasser Arafat Wednesday").
  while (
    k > i + 1 &&
    (!(tokens[k - 1] as Token).hasUpper || lx.names.timeWords.has((tokens[k - 1] as Token).lower))
  )
    k--
  return k
}

// True when a word of tokens `[a, b)` is an organisation cue ("Union", "Ministry").
function hasOrgCue(lx: Lexicons, tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (lx.words.orgCues.has((tokens[k] as Token).lower)) return true
  return false
}

function chunk(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
  s: SentenceRange,
  out: RawMention[],
): number {
  const aff = emptyAffiliation()
  const titleStart: number[] = []
  let igoTitle = false
  // "Kazakhstan's Foreign Minister X", "China's X": a state in the possessive before the chunk.
  aff.country = possessiveState(lx, tokens, a, s)
  let pos = a
  while (pos < b) {
    const t = tokens[pos] as Token
    if (!t.isWord || lx.names.connectors.has(t.lower)) {
      pos++
      continue
    }
    if (lx.names.timeWords.has(t.lower)) {
      pos++
      continue
    }
    const variant = pos + 1 === b ? orgVariant(lx, t) : undefined
    const known =
      lx.words.knownOrgs.matchAt(tokens, pos, b) ??
      (variant && { start: pos, end: b, value: variant })
    // "State Duma Committee on Defense" is a body of its own, not the State Duma.
    if (known && known.end < b && findOrg(lx, tokens, pos, b)) break
    if (known) {
      out.push(knownOrgMention(lx, tokens, known.start, known.end, known.value, s))
      pos = known.end
      continue
    }
    const st = lx.states.phrases.matchAt(tokens, pos, b)
    if (!st && findOrg(lx, tokens, pos, b)) break
    // "ethnic Turks in Sweden": a minority named by origin is not the state of that name.
    if (st?.value.kind === 'demonym' && tokens[st.start - 1]?.lower === 'ethnic') {
      pos = st.end
      continue
    }
    if (st) {
      out.push({ kind: 'state', start: st.start, end: st.end, ref: st.value })
      if (st.value.type === 'COUNTRY') aff.country = st.value.id
      // "U.N. Secretary-General X", "NATO envoy X": officials of an IGO belong to no state.
      else igoTitle = true
      pos = st.end
      continue
    }
    const tm = lx.words.titles.matchAt(tokens, pos, b)
    if (tm && !tm.value.nounOnly) {
      titleStart.push(pos)
      aff.sector ??= tm.value.sector
      aff.role = tm.surface
      aff.keepTitle = tm.value.keep
      pos = tm.end
      continue
    }
    if (lx.words.modifiers.has(t.lower)) {
      pos++
      continue
    }
    // "However", "Yesterday" open sentences in capitals; they are not names.
    if (pos === s.start && lx.words.common.has(t.lower)) {
      pos++
      continue
    }
    break
  }
  if (titleStart.length && igoTitle) aff.sector = 'IGO'
  if (titleStart.length)
    aff.titleText = tokens
      .slice(titleStart[0], pos)
      .filter((t) => t.isWord)
      .map((t) => t.text)
      .join(' ')
  if (pos >= b) {
    if (titleStart.length) return afterTitle(lx, tokens, b, s, aff, out)
    return b
  }
  // "Soviet Union", "Kuwait City": a place whose last word would read as an organisation cue.
  const place = b - pos > 1 ? placeOf(lx, nameText(tokens, pos, b)) : undefined
  if (place) {
    out.push({ kind: 'place', start: pos, end: b, name: place.name, country: place.country })
    return b
  }
  const org = findOrg(lx, tokens, pos, b)
  if (org) {
    const o = orgAffiliation(lx, tokens, pos, b, s)
    o.country ??= aff.country
    o.sector ??= org.sector
    // "the X Telegram channel": the platform is not part of the outlet's name.
    const end = b - 1 > pos && lx.names.platforms.has((tokens[b - 1] as Token).text) ? b - 1 : b
    pushOrg(lx, tokens, pos, end, o, s, out)
    return b
  }
  segments(lx, tokens, pos, b, s, aff, titleStart.length > 0, out)
  return b
}

function possessiveState(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  s: SentenceRange,
): string | null {
  if (tokens[a - 1]?.lower !== 's' || !/['’]/.test(tokens[a - 2]?.text ?? '')) return null
  for (let k = a - 3; k >= Math.max(s.start, a - 6); k--) {
    const st = lx.states.phrases.matchAt(tokens, k, a - 2)
    if (st?.end === a - 2 && st.value.type === 'COUNTRY') return st.value.id
  }
  return null
}

function knownOrgMention(
  lx: Lexicons,
  tokens: readonly Token[],
  start: number,
  end: number,
  known: KnownEntity,
  s: SentenceRange,
): RawMention {
  const o = orgAffiliation(lx, tokens, start, end, s)
  o.country ??= known.country
  o.sector ??= known.sector
  return { kind: 'org', start, end, name: known.name, aff: o, known, acronym: null }
}
