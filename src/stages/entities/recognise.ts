import { personContext, type SentenceRange } from './affiliation.js'
import { findOrg, looksLikePerson, orgAffiliation, units, type Unit } from './chunk-parts.js'
import type { Lexicons } from './lexicons.js'
import { emptyAffiliation, type Affiliation, type RawMention } from './raw-mention.js'
import type { Token } from './tokenize.js'

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
        if (st) out.push({ kind: 'state', start: st.start, end: st.end, ref: st.value })
        i = st ? st.end : i + 1
      } else i = chunk(lx, tokens, i, chunkEnd(lx, tokens, i, s.end), s, out)
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
    // Initials and short abbreviations ("J. Smith", "St. Petersburg"); chunks never cross sentences.
    else if (
      t.text === '.' &&
      !t.spaceBefore &&
      (tokens[k - 1]?.text.length ?? 9) <= 3 &&
      next?.isCap
    )
      k++
    else if (
      t.isWord &&
      lx.names.connectors.has(t.lower) &&
      next?.isWord &&
      next.isCap &&
      next.spaceBefore
    )
      k++
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
    const known = lx.words.knownOrgs.matchAt(tokens, pos, b)
    // "State Duma Committee on Defense" is a body of its own, not the State Duma.
    if (known && known.end < b && findOrg(lx, tokens, pos, b)) break
    if (known) {
      const o = orgAffiliation(lx, tokens, known.start, known.end, s)
      o.country ??= known.value.country
      o.sector ??= known.value.sector
      out.push({
        kind: 'org',
        start: known.start,
        end: known.end,
        name: known.value.name,
        aff: o,
        known: known.value,
        acronym: null,
      })
      pos = known.end
      continue
    }
    const st = lx.states.phrases.matchAt(tokens, pos, b)
    if (!st && findOrg(lx, tokens, pos, b)) break
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

function pushOrg(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
  aff: Affiliation,
  s: SentenceRange,
  out: RawMention[],
): void {
  let start = a
  // "The Moscow Times": the article belongs to the name of a newspaper (not to "the X channel").
  const head = lx.words.orgCues.get((tokens[b - 1] as Token).lower)
  if (head?.sector === 'MED' && tokens[a - 1]?.text === 'The') start = a - 1
  const acr = acronymAfter(tokens, b)
  if (acr) start = extendForAcronym(tokens, start, b, acr, s)
  const name = nameText(tokens, start, b)
  out.push({ kind: 'org', start, end: b, name, aff, known: null, acronym: acr })
}

// "(CPC)" right after a name defines its acronym.
function acronymAfter(tokens: readonly Token[], b: number): string | null {
  const [open, word, close] = [tokens[b], tokens[b + 1], tokens[b + 2]]
  return open?.text === '(' && word?.isUpper && close?.text === ')' ? word.text : null
}

// "the caspian Pipeline Consortium (CPC)": lower-case words whose initials the acronym needs.
function extendForAcronym(
  tokens: readonly Token[],
  start: number,
  b: number,
  acr: string,
  s: SentenceRange,
): number {
  const initials = tokens.slice(start, b).filter((t) => t.isWord && t.isCap).length
  let need = acr.length - initials
  let k = start
  while (need > 0 && k - 1 >= s.start) {
    const t = tokens[k - 1] as Token
    if (!t.isWord || t.lower[0] !== acr[need - 1]?.toLowerCase()) break
    k--
    need--
  }
  return need === 0 ? k : start
}

const nameText = (tokens: readonly Token[], a: number, b: number): string =>
  tokens
    .slice(a, b)
    .map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text)
    .join('')

// A title with no capitalised name after it: "President kasyma-Zomart tokayev" in a sloppy page.
function afterTitle(
  lx: Lexicons,
  tokens: readonly Token[],
  b: number,
  s: SentenceRange,
  aff: Affiliation,
  out: RawMention[],
): number {
  const us: Unit[] = []
  for (const u of units(tokens, b, Math.min(s.end, b + 8))) {
    if (us.length === 3 || !u.text.length) break
    const lower = u.text.toLowerCase()
    if (
      lx.words.common.has(lower) ||
      lx.names.personNameStop.has(lower) ||
      lx.states.phrases.has(u.text)
    )
      break
    if (us.length && u.start !== (us.at(-1) as Unit).end && !tokens[u.start]?.spaceBefore) break
    us.push(u)
  }
  if (!us.some((u) => /\p{Lu}/u.test(u.text))) return b
  const end = (us.at(-1) as Unit).end
  pushPerson(
    lx,
    tokens,
    b,
    end,
    us.map((u) => u.text),
    aff,
    s,
    true,
    out,
  )
  return end
}

// Splits the name part of a chunk at connectors and states, then types each piece.
function segments(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
  s: SentenceRange,
  aff: Affiliation,
  titled: boolean,
  out: RawMention[],
): void {
  let start = a
  for (let k = a; k <= b; k++) {
    const t = tokens[k]
    const st = k < b && t ? lx.states.phrases.matchAt(tokens, k, b) : undefined
    const isBreak =
      k === b ||
      (t?.isWord && lx.names.connectors.has(t.lower) && !lx.names.nameParticles.has(t.lower)) ||
      st
    if (!isBreak) continue
    if (k > start)
      piece(
        lx,
        tokens,
        start,
        k,
        s,
        titled && start === a ? aff : emptyAffiliation(),
        titled && start === a,
        out,
      )
    if (st) {
      out.push({ kind: 'state', start: st.start, end: st.end, ref: st.value })
      k = st.end - 1
    }
    start = k + 1
  }
}

function piece(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
  s: SentenceRange,
  aff: Affiliation,
  titled: boolean,
  out: RawMention[],
): void {
  const us = units(tokens, a, b)
  const words = us.map((u) => u.text)
  if (!words.length) return
  const acronymOnly = words.every((w) => /^[\p{Lu}\d.-]+$/u.test(w))
  const text = nameText(tokens, a, b)
  const place = titled || words.length < 2 ? undefined : placeOf(lx, text)
  if (place) {
    out.push({ kind: 'place', start: a, end: b, name: place.name, country: place.country })
    return
  }
  if (
    (titled && !acronymOnly) ||
    (words.length >= 2 && words.length <= 4 && looksLikePerson(lx, words))
  ) {
    pushPerson(lx, tokens, a, b, words, aff, s, titled, out)
    return
  }
  const speaker =
    lx.names.speechVerbs.has(tokens[b]?.lower ?? '') ||
    (lx.names.speechVerbs.has(tokens[a - 1]?.lower ?? '') && tokens[a - 1]?.isWord === true) ||
    (tokens[a - 1]?.lower === 'to' && tokens[a - 2]?.lower === 'according')
  const own = emptyAffiliation()
  personContext(lx, tokens, a, b, s, own)
  if (words.length === 1) {
    out.push({ kind: 'single', start: a, end: b, word: words[0] as string, aff: own, speaker })
    return
  }
  // "John Smith said", "Grace Field, an analyst at X": a name that is also English words, told
  // apart by what surrounds it.
  if ((speaker || own.role) && words.length <= 3 && plainName(lx, words))
    pushPerson(lx, tokens, a, b, words, own, s, false, out)
}

// Name words with no acronym, title, organisation cue or regional adjective, first one not an English word.
function plainName(lx: Lexicons, words: readonly string[]): boolean {
  if (lx.words.common.has((words[0] as string).toLowerCase())) return false
  return words.every((w) => {
    const lower = w.toLowerCase()
    return (
      /\p{Ll}/u.test(w) &&
      !lx.words.orgCues.has(lower) &&
      !lx.words.titles.has(w) &&
      !lx.names.notNames.has(lower) &&
      !lx.names.timeWords.has(lower)
    )
  })
}

// "Kulsary City", "Atyrau Region": a place with its kind written after it.
const placeOf = (lx: Lexicons, text: string) =>
  lx.places.lookup(text) ??
  lx.places.lookup(
    text.replace(/\s+\S+$/, (w) => (lx.names.placeSuffixes.has(w.trim().toLowerCase()) ? '' : w)),
  )

function pushPerson(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
  words: string[],
  aff: Affiliation,
  s: SentenceRange,
  strong: boolean,
  out: RawMention[],
): void {
  let end = b
  // "President Kasym-Zhomart. Tokaev." — a stray full stop inside a titled name, then a one-word sentence.
  const [dot, next, after] = [tokens[b], tokens[b + 1], tokens[b + 2]]
  if (
    strong &&
    words.length === 1 &&
    dot?.text === '.' &&
    !dot.spaceBefore &&
    next?.isCap &&
    !lx.words.common.has(next.lower) &&
    (!after || /^[.!?]$/.test(after.text))
  ) {
    words.push(next.text)
    end = b + 2
  }
  personContext(lx, tokens, a, end, s, aff)
  out.push({ kind: 'person', start: a, end, words, aff, strong })
}

// "censor.net", "Vesti.ua.net": media outlets by their domain; a country code names the state.
function domainOrg(
  lx: Lexicons,
  tokens: readonly Token[],
  i: number,
  s: SentenceRange,
): RawMention {
  const t = tokens[i] as Token
  const aff = emptyAffiliation()
  aff.sector = 'MED'
  for (const part of t.lower.split('.').slice(1)) {
    const st = part.length === 2 ? lx.states.byTld.get(part) : undefined
    if (st) aff.country = st
  }
  const o = orgAffiliation(lx, tokens, i, i + 1, s)
  aff.country ??= o.country
  const known = lx.words.knownOrgs.matchAt(tokens, i, i + 1)?.value ?? null
  if (known) aff.country ??= known.country
  return { kind: 'org', start: i, end: i + 1, name: t.text, aff, known, acronym: null }
}
