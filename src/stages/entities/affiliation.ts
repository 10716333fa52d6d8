import type { Lexicons } from './lexicons.js'
import type { Affiliation } from './raw-mention.js'
import type { Token } from './tokenize.js'

/** Token range `[start, end)` of one sentence, and its paragraph. */
export interface SentenceRange {
  readonly start: number
  readonly end: number
  readonly paragraph: number
}

// Sectors whose offices belong to a state, so a capital or city before the title names it.
const STATE_OFFICES = new Set(['GOV', 'MIL', 'LEG'])

const isComma = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === ',' || t.text === '–')
const isStop = (t: Token | undefined): boolean =>
  t === undefined || (!t.isWord && /[.;:!?()"“”]/.test(t.text))

/**
 * Fills a person's affiliation from the words around the name: a lower-case role before it
 * ("Kazakh political analyst X"), an apposition after it (", a Tajik economist";
 * " is a researcher from Kyrgyzstan") or before it ("the director of London's X, NAME").
 * Earlier evidence (titles inside the name chunk) wins over later.
 */
export function personContext(
  lx: Lexicons,
  tokens: readonly Token[],
  start: number,
  end: number,
  s: SentenceRange,
  aff: Affiliation,
): void {
  // "Niger's military ruler Gen. X", "Mali's president, Colonel X": the context is read from
  // before the titles written in the name's own capitalised run.
  const from = beforeTitles(lx, tokens, start, s)
  lookBack(lx, tokens, from, s, aff)
  ofState(lx, tokens, end, s, aff)
  lookAhead(lx, tokens, end, s, aff)
  if (isComma(tokens[from - 1])) leftApposition(lx, tokens, from - 1, s, aff)
}

const capitalised = (tokens: readonly Token[], a: number, b: number): boolean =>
  tokens.slice(a, b).every((t) => !t.isWord || t.isCap || t.isUpper)

// Start of the capitalised titles ("Gen.", "Lt. Gen.", "Colonel") right before token `start`.
function beforeTitles(
  lx: Lexicons,
  tokens: readonly Token[],
  start: number,
  s: SentenceRange,
): number {
  let from = start
  for (;;) {
    const prev = tokens[from - 1]
    if (from - 1 < s.start || !prev) return from
    if (prev.text === '.' && !prev.spaceBefore) {
      from--
      continue
    }
    // Only titles written in capitals, as part of the name's run ("Defence minister X" is not).
    let k = Math.max(s.start, from - 3)
    while (
      k < from &&
      !(capitalised(tokens, k, from) && lx.words.titles.matchAt(tokens, k, from)?.end === from)
    )
      k++
    if (k === from) return from
    from = k
  }
}

function take(
  aff: Affiliation,
  country: string | null,
  sector: Affiliation['sector'],
  role: string | null,
): void {
  if (country && !aff.country) aff.country = country
  if (sector && !aff.sector) aff.sector = sector
  if (role && !aff.role) aff.role = role
}

// "political scientist X", "Kazakh analyst X": a role ending right before the name.
function lookBack(
  lx: Lexicons,
  tokens: readonly Token[],
  start: number,
  s: SentenceRange,
  aff: Affiliation,
): void {
  for (let k = start - 1; k >= Math.max(s.start, start - 4); k--) {
    const m = lx.words.titles.matchAt(tokens, k, start)
    if (!m || m.end !== start) continue
    take(aff, null, m.value.sector, m.surface)
    // "Kazakh analyst X", "Kazakh Foreign Ministry spokesperson X": a state just before the role.
    // "Niger's ambassador X" too; a verb ends the phrase ("the German government welcomed
    // President X" says nothing of X's state).
    for (let d = k - 1; d >= Math.max(s.start, k - 5); d--) {
      const t = tokens[d] as Token
      const possessive = t.lower === 's' && /^['’]$/.test(tokens[d - 1]?.text ?? '')
      if (possessive) {
        const st = stateEndingAt(lx, tokens, d - 1, s.start)
        return st ? take(aff, st, null, null) : undefined
      }
      if (!t.isWord || (!t.isCap && !t.isUpper && looksVerbal(lx, t.lower))) return
      const st = lx.states.phrases.matchAt(tokens, d, k)
      if (st?.value.type === 'COUNTRY') {
        // "Moscow correspondent X", "a Beijing analyst": a capital says where one works unless
        // the office is the state's own.
        if (st.value.kind === 'capital' && !STATE_OFFICES.has(m.value.sector ?? '')) return
        return take(aff, st.value.id, null, null)
      }
      // "Kharkiv mayor X", "Mangystau region governor X": a local office names its state. Only
      // for government roles: "a Moscow correspondent" says where one works, not whose one is.
      if (t.isCap && STATE_OFFICES.has(m.value.sector ?? '')) {
        const place = lx.places.lookup(t.text)
        if (place?.country) return take(aff, place.country, null, null)
      }
    }
    return
  }
}

// "Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan": "of" and a country right
// after the name, ending the phrase ("of Armenia's ruling party" is not the person's state).
function ofState(
  lx: Lexicons,
  tokens: readonly Token[],
  end: number,
  s: SentenceRange,
  aff: Affiliation,
): void {
  if (tokens[end]?.lower !== 'of' || aff.country) return
  const st = lx.states.phrases.matchAt(tokens, end + 1, s.end)
  if (st?.value.type !== 'COUNTRY') return
  const next = tokens[st.end]
  if (next === undefined || next.lower === 'and' || (!next.isWord && !/^['’]$/.test(next.text)))
    take(aff, st.value.id, null, null)
}

// ", a Tajik economist", " is a researcher from Kyrgyzstan", ", a fellow of X".
// Before the role only articles, modifiers and adjectives may stand; after it only "of/from/at"
// phrases, so a later clause ("…, then flew to Japan") never gives a state.
function lookAhead(
  lx: Lexicons,
  tokens: readonly Token[],
  end: number,
  s: SentenceRange,
  aff: Affiliation,
): void {
  const first = tokens[end]
  if (!first || !(isComma(first) || first.lower === 'is' || first.lower === 'was')) return
  let j = end + 1
  let country: string | null = null
  let role: { sector: Affiliation['sector']; surface: string } | null = null
  let igo = false
  // Topic words before the role ("a security analyst", "an oil-industry consultant"): at most
  // two plain lower-case words, and only after an article, so ", who met the minister" gives
  // nothing.
  let article = false
  let topic = 0
  while (j < s.end && !role) {
    const t = tokens[j] as Token
    const st = lx.states.phrases.matchAt(tokens, j, s.end)
    const tm = lx.words.titles.matchAt(tokens, j, s.end)
    if (tm && (!st || tm.end >= st.end)) {
      role = { sector: tm.value.sector, surface: tm.surface }
      j = tm.end
    } else if (st) {
      // "the Kremlin spokesman", "a Kazakh economist", "the EU envoy".
      if (st.value.type === 'COUNTRY') country = st.value.id
      else igo = true
      j = st.end
    } else if (
      lx.names.determiners.has(t.lower) ||
      lx.words.modifiers.has(t.lower) ||
      t.text === '-'
    ) {
      article ||= lx.names.determiners.has(t.lower)
      j++
    } else if (article && topic < 2 && t.isWord && !t.hasUpper && !looksVerbal(lx, t.lower)) {
      topic++
      j++
    } else return
  }
  if (!role) return
  while (j < s.end) {
    const link = tokens[j] as Token
    if (!lx.names.appositionLinks.has(link.lower)) break
    j++
    if (lx.names.determiners.has(tokens[j]?.lower ?? '')) j++
    const st = lx.states.phrases.matchAt(tokens, j, s.end)
    const org = lx.words.knownOrgs.matchAt(tokens, j, s.end)
    if (st?.value.type === 'COUNTRY') {
      country ??= st.value.id
      break
    }
    // "President of the European Commission": an official of an IGO.
    if (st) {
      igo = true
      break
    }
    if (org) {
      country ??= org.value.country
      break
    }
    const from = j
    while (j < s.end && (tokens[j] as Token).isCap) j++
    // "an analyst in Almaty": a city names the state too.
    const place =
      j > from
        ? lx.places.lookup(
            tokens
              .slice(from, j)
              .map((t) => t.text)
              .join(' '),
          )
        : undefined
    if (place?.country && link.lower !== 'with') country ??= place.country
  }
  take(aff, igo ? null : country, igo ? 'IGO' : role.sector, role.surface)
}

// "Our guest is the director of London's X, NAME": a role and a state before the comma.
function leftApposition(
  lx: Lexicons,
  tokens: readonly Token[],
  comma: number,
  s: SentenceRange,
  aff: Affiliation,
): void {
  let from = comma - 1
  // The noun phrase before the comma only: "Tokayev told the head of X, NAME" stops at "told".
  const verb = (t: Token | undefined) =>
    t !== undefined && t.isWord && !t.isCap && looksVerbal(lx, t.lower)
  while (
    from > s.start &&
    !isComma(tokens[from - 1]) &&
    !isStop(tokens[from - 1]) &&
    !verb(tokens[from - 1])
  )
    from--
  let role: { sector: Affiliation['sector']; surface: string } | null = null
  let country: string | null = null
  let igo = false
  for (let k = from; k < comma; k++) {
    const tm = lx.words.titles.matchAt(tokens, k, comma)
    if (tm && !role) role = { sector: tm.value.sector, surface: tm.surface }
    const st = lx.states.phrases.matchAt(tokens, k, comma)
    // "Ukraine's ambassador to Kazakhstan, NAME": the state an envoy is sent to is not theirs.
    const destination = tokens[k - 1]?.lower === 'to'
    if (st?.value.type === 'COUNTRY' && !destination) country ??= st.value.id
    if (st && st.value.type !== 'COUNTRY' && !destination) igo = true
    if (st) k = st.end - 1
  }
  if (!role) return
  // "the head of the European Council, NAME": an official of an intergovernmental body.
  if (!country && igo) return take(aff, null, 'IGO', role.surface)
  // "The CSTO sent a mission headed by its secretary general, NAME": "its" points back to an
  // intergovernmental body named earlier in the sentence.
  const its = tokens.slice(from, comma).some((t) => t.lower === 'its')
  if (!country && !role.sector && its && igoBefore(lx, tokens, s.start, comma))
    return take(aff, null, 'IGO', role.surface)
  take(aff, country, role.sector, role.surface)
}

function igoBefore(lx: Lexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const st = lx.states.phrases.matchAt(tokens, k, to)
    if (st?.value.type === 'IGO') return true
    if (st) k = st.end - 1
  }
  return false
}

// The state whose name ends right before token `end` ("Niger" in "Niger's"), if any.
function stateEndingAt(
  lx: Lexicons,
  tokens: readonly Token[],
  end: number,
  floor: number,
): string | null {
  for (let k = end - 1; k >= Math.max(floor, end - 5); k--) {
    const st = lx.states.phrases.matchAt(tokens, k, end)
    if (st?.end === end && st.value.type === 'COUNTRY') return st.value.id
  }
  return null
}

const looksVerbal = (lx: Lexicons, lower: string): boolean =>
  !lx.words.modifiers.has(lower) && (/(ed|es)$/.test(lower) || lx.names.speechVerbs.has(lower))
