import { personContext, type SentenceRange } from './affiliation.js'
import { looksLikePerson, units, type Unit } from './chunk-parts.js'
import type { Lexicons } from './lexicons.js'
import { nameText, pushOrg } from './org-mentions.js'
import { placeOf } from './place-of.js'
import { emptyAffiliation, type Affiliation, type RawMention } from './raw-mention.js'
import type { Token } from './tokenize.js'

/** A title with no capitalised name after it: "President nurlan-Zhomart aitbayev" in a sloppy page. */
export function afterTitle(
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

const REGION_HEADS = new Set([
  'krai',
  'kray',
  'oblast',
  'region',
  'province',
  'district',
  'governorate',
  'okrug',
  'raion',
  'prefecture',
  'county',
])

/** Splits the name part of a chunk at connectors and states, then types each piece. */
export function segments(
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
  let pending = false
  for (let k = a; k <= b; k++) {
    const t = tokens[k]
    const st = k < b && t ? lx.states.phrases.matchAt(tokens, k, b) : undefined
    // "Governor of Zabaykalsky Krai Aleksandr Osipov": a region's head word closes the place
    // name, and a name may follow it in the same capitalised run.
    if (t && k > start && k < b && REGION_HEADS.has(t.lower)) {
      const text = nameText(tokens, start, k + 1)
      // "Mangystau Region" is in the gazetteer as "Mangystau", if at all.
      const known = lx.places.lookup(text) ?? lx.places.lookup(nameText(tokens, start, k))
      out.push({
        kind: 'place',
        start,
        end: k + 1,
        name: known?.name ?? text,
        // Krai and okrug are Russian administrative words only.
        country: known?.country ?? (/^(?:krai|kray|okrug)$/.test(t.lower) ? 'RUS' : null),
      })
      // The title before the region is the person's ("Governor of … Krai NAME").
      if (start === a) pending = true
      start = k + 1
      continue
    }
    const isBreak =
      k === b ||
      (t?.isWord && lx.names.connectors.has(t.lower) && !lx.names.nameParticles.has(t.lower)) ||
      st
    if (!isBreak) continue
    // "Dr. A and Mr. B", "X and Col. Y": a later piece may open with titles of its own.
    const own = start > a && !pending ? leadingTitles(lx, tokens, start, k) : null
    if (own) {
      piece(lx, tokens, own.end, k, s, own.aff, true, out)
    } else if (k > start)
      piece(
        lx,
        tokens,
        start,
        k,
        s,
        // After a region the title no longer reads right before the name: no titled alias.
        start === a ? aff : pending ? { ...aff, titleText: null } : emptyAffiliation(),
        titled && (start === a || pending),
        out,
      )
    pending = false
    if (st) {
      out.push({ kind: 'state', start: st.start, end: st.end, ref: st.value })
      k = st.end - 1
    }
    start = k + 1
  }
}

// Titles (and their abbreviation dots) opening tokens `[a, b)`, when a name follows them.
function leadingTitles(
  lx: Lexicons,
  tokens: readonly Token[],
  a: number,
  b: number,
): { end: number; aff: Affiliation } | null {
  const aff = emptyAffiliation()
  const words: string[] = []
  let pos = a
  while (pos < b) {
    const t = tokens[pos] as Token
    if (t.text === '.') {
      pos++
      continue
    }
    const tm = lx.words.titles.matchAt(tokens, pos, b)
    if (!tm || tm.value.nounOnly) break
    aff.sector ??= tm.value.sector
    aff.role = tm.surface
    aff.keepTitle = tm.value.keep
    for (let k = pos; k < tm.end; k++) if ((tokens[k] as Token).isWord) words.push(tokens[k]!.text)
    pos = tm.end
  }
  if (!words.length || pos >= b) return null
  aff.titleText = words.join(' ')
  return { end: pos, aff }
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
  // "SOCAR, Azerbaijan's state oil company,": an acronym named by the apposition after it.
  const described = acronymOnly && words.length === 1 ? appositiveOrg(lx, tokens, b, s) : null
  if (described) {
    pushOrg(lx, tokens, a, b, described, s, out)
    return
  }
  const after = tokens[b]
  // "told European officials": a capitalised word before a common noun is an adjective, so a
  // speech verb before it does not make it a speaker ("said Putin on Monday" still does).
  const modifiesNoun =
    after !== undefined && after.isWord && !after.hasUpper && !FUNCTION_WORDS.has(after.lower)
  const speaker =
    lx.names.speechVerbs.has(tokens[b]?.lower ?? '') ||
    (lx.names.speechVerbs.has(tokens[a - 1]?.lower ?? '') &&
      tokens[a - 1]?.isWord === true &&
      !modifiesNoun) ||
    (tokens[a - 1]?.lower === 'to' && tokens[a - 2]?.lower === 'according')
  const own = { ...emptyAffiliation(), country: aff.country }
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

/**
 * ", the Russian nuclear agency," / ", Azerbaijan's state oil company,": an apposition right after
 * a name that is a lower-case noun phrase headed by an organisation word gives the sector and the
 * state it names; null when token `b` opens no such phrase.
 */
function appositiveOrg(
  lx: Lexicons,
  tokens: readonly Token[],
  b: number,
  s: SentenceRange,
): Affiliation | null {
  if (tokens[b]?.text !== ',') return null
  const aff = emptyAffiliation()
  let sector: Affiliation['sector'] | undefined
  for (let k = b + 1; k < Math.min(s.end, b + 9); k++) {
    const t = tokens[k] as Token
    if (!t.isWord) {
      if (t.text === ',' || t.text === '.' || t.text === ';') break
      continue
    }
    const st = lx.states.phrases.matchAt(tokens, k, s.end)
    if (st?.value.type === 'COUNTRY') {
      aff.country ??= st.value.id
      k = st.end - 1
      continue
    }
    // A capitalised adjective ("a Kurdish militant group") stands before a lower-case word only.
    if (t.hasUpper) {
      const next = tokens[k + 1]
      if (next?.isWord && !next.hasUpper) continue
      return null
    }
    const cue = lx.words.orgCues.get(t.lower)
    if (cue) sector = cue.sector
    else if (sector !== undefined) return null
  }
  if (sector === undefined) return null
  aff.sector = sector
  return aff
}

// Words that may follow a name in a clause (prepositions, conjunctions, relative pronouns).
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'on in at of to from for with by during after before since until that and or but while when who which as about over'.split(
    ' ',
  ),
)

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
  // "Senator Ayan. Kemelov." — a stray full stop inside a titled name, then a one-word sentence.
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
