import type { Token } from './tokenize.js'

/** A clause: a token range `[start, end)` of a sentence and the word or mark that opened it. */
export interface Clause {
  readonly start: number
  readonly end: number
  /** Lower-case opener (`that`, `if`, `:`, `"`, `,ing` for a participle after a comma) or null. */
  readonly opener: string | null
}

const SUBORDINATORS = new Set(
  (
    'that which who whom whose while whereas although though because if unless when whether ' +
    'but after before since until where nor'
  ).split(' '),
)
const AFTER_COMMA = new Set(
  'and but while as according said says added told saying which who'.split(' '),
)
// "X said Y forces had …": a reporting verb followed straight by a new subject opens the
// reported clause as "that" would. Only these finite forms (not "to say", not "told <whom>").
const REPORTING = new Set(
  (
    'said says claimed claims stated announced added reported alleged alleges insisted ' +
    'argued believes believed confirmed acknowledged noted wrote suggested hoped hopes ' +
    'feared fears thinks thought predicted predicts admitted admits stressed insists'
  ).split(' '),
)
const NOT_A_SUBJECT = new Set(
  (
    'that to on in at by for with of from after during last this yesterday today monday ' +
    'tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
)
const startsSubject = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.isWord &&
  !NOT_A_SUBJECT.has(t.lower) &&
  (t.lower === 'the' || /^\p{Lu}/u.test(t.text))

// The marks that can open or close a clause, by UTF-16 unit: quotes, `;`, `:` and `,`.
const OPEN_QUOTE = (c: number): boolean => c === 34 || c === 0x201c || c === 0x2018 || c === 0xab
const CLOSE_QUOTE = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 0xbb
const isMark = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || OPEN_QUOTE(c) || CLOSE_QUOTE(c)

// What a word can do in the split, looked up once per word instead of one set after another
// (issue #8: the split ran five set look-ups per token). Disjoint from the marks above.
const SUBORDINATOR = 1
const REPORTS = 2
const AS = 4
const AND = 8
const ROLES = new Map<string, number>([
  ['as', AS],
  ['and', AND],
])
for (const w of SUBORDINATORS) ROLES.set(w, (ROLES.get(w) ?? 0) | SUBORDINATOR)
for (const w of REPORTING) ROLES.set(w, (ROLES.get(w) ?? 0) | REPORTS)

// "the workers’ strike": a right single quote glued to a word in -s, with no quote open, is a
// plural possessive.
const isPlural = (tokens: readonly Token[], i: number): boolean => {
  const prev = tokens[i - 1]
  return !!prev && prev.end === tokens[i]?.start && /s$/i.test(prev.text)
}

// "Yerevan has since deepened …": "since" right after an auxiliary is an adverb, not a clause.
const adverbial = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.lower === 'since' &&
  /^(has|have|had|was|were|is|are)$/.test(tokens[i - 1]?.lower ?? '')

/** Splits a sentence's tokens into clauses in one pass (punctuation, subordinators, participles). */
export function splitClauses(tokens: readonly Token[]): Clause[] {
  const starts = clauseStarts(tokens, Infinity)
  return starts.map((s, k) => ({
    start: s.at,
    end: starts[k + 1]?.at ?? tokens.length,
    opener: s.opener,
  }))
}

/**
 * End of the first clause, `splitClauses(tokens)[0].end`, found by scanning only up to it: the
 * antecedent update reads it for every sentence, the other clauses only sentences with a
 * trigger or a denial need (issue #8).
 */
export function firstClauseEnd(tokens: readonly Token[]): number {
  return clauseStarts(tokens, 2)[1]?.at ?? tokens.length
}

type Start = { at: number; opener: string | null }

// The clause starts of `tokens` in order, stopping once `max` are known.
function clauseStarts(tokens: readonly Token[], max: number): Start[] {
  const starts: Start[] = [{ at: 0, opener: frontedOpener(tokens) }]
  const push = (at: number, opener: string) => {
    const last = starts[starts.length - 1]
    if (last && last.at === at) return
    if (at < tokens.length) starts.push({ at, opener })
  }
  let singleOpen = false
  for (let i = 0; i < tokens.length && starts.length < max; i++) {
    const tok = tokens[i] as Token
    const next = tokens[i + 1]
    const c = tok.text.length === 1 ? tok.text.charCodeAt(0) : 0
    if (!isMark(c)) {
      const role = ROLES.get(tok.lower)
      if (role === undefined) continue
      if (role & SUBORDINATOR && i > 0 && !adverbial(tokens, i)) push(i, tok.lower)
      else if (role & REPORTS && startsSubject(next) && tokens[i + 2]?.isWord) push(i + 1, 'that')
      else if (role & AS && (i === 0 || tokens[i - 1]?.text === ',')) push(i, 'as')
      else if (role & AND && startsVerbPhrase(tokens, i)) push(i + 1, 'and')
      else if (role & AND && next?.isWord && /ing$/.test(next.lower) && next.lower.length > 5)
        push(i + 1, ',ing')
      continue
    }
    if (c === 0x2018) singleOpen = true
    if (c === 59 || c === 58) push(i + 1, ':')
    else if (OPEN_QUOTE(c)) push(i, '"')
    else if (CLOSE_QUOTE(c)) {
      if (!(c === 0x2019 && !singleOpen && isPlural(tokens, i))) push(i + 1, 'end-quote')
    } else if (
      next &&
      !AFTER_COMMA.has(next.lower) &&
      resumesMain(starts[starts.length - 1]?.opener ?? null)
    )
      push(i + 1, 'main')
    else if (closesRelative(tokens, starts[starts.length - 1], i)) push(i + 1, 'main')
    else if (next) {
      if (AFTER_COMMA.has(next.lower)) push(i + 1, next.lower)
      else if (isSummaryAppositive(tokens, i)) push(i + 1, 'appositive')
      else if (next.isWord && /ing$/.test(next.lower) && next.lower.length > 5) push(i + 1, ',ing')
    }
  }
  return starts
}

// ", a charge the ministry rejected as …", ", a claim Moscow denied": an appositive noun that
// sums up the clause before it, followed by its own subject and a past-tense verb, is a reduced
// relative clause with another actor; its verb must not be read as the main clause's.
const APPOSITIVE_DET = new Set(['a', 'an'])
const SUBJECT_START = /^(the|his|her|its|their|he|she|they|it|we|i)$/
const APPOSITIVE_SPAN = 7
function isSummaryAppositive(tokens: readonly Token[], comma: number): boolean {
  const noun = tokens[comma + 2]
  const subject = tokens[comma + 3]
  if (!APPOSITIVE_DET.has(tokens[comma + 1]?.lower ?? '') || !noun || !subject) return false
  if (!/^\p{Ll}+$/u.test(noun.text)) return false
  if (!SUBJECT_START.test(subject.lower) && !/^\p{Lu}/u.test(subject.text)) return false
  const stop = Math.min(tokens.length, comma + 4 + APPOSITIVE_SPAN)
  for (let k = comma + 4; k < stop; k++) {
    const t = tokens[k]
    if (!t || !t.isWord) return false
    if (/^\p{Ll}+ed$/u.test(t.text)) return true
  }
  return false
}

// "X had not deployed units and called on Y to …": "and" before a past-tense verb and its
// complement starts a second verb phrase of the same subject (its own event, its own status).
// Not after another -ed word ("condemned and rejected the plan" shares one object).
const VERB_COMPLEMENT = new Set(
  'him her them it us on to for with against the a an that its their'.split(' '),
)
function startsVerbPhrase(tokens: readonly Token[], and: number): boolean {
  const verb = tokens[and + 1]
  const after = tokens[and + 2]
  if (!verb || !after || !/^\p{Ll}{3,}ed$/u.test(verb.text)) return false
  if (/ed$/.test(tokens[and - 1]?.lower ?? 'ed')) return false
  return VERB_COMPLEMENT.has(after.lower) || /^\p{Lu}/u.test(after.text)
}

// A fronted adverbial clause ("If X, …", "After Ukraine, …") ends at its comma; the main clause follows.
const FRONTED = new Set(
  'if unless after before since until when while although though because as'.split(' '),
)
const TIME = new Set(['after', 'before', 'since', 'until', 'when', 'while', 'as'])
const resumesMain = (opener: string | null): boolean =>
  opener !== null && (FRONTED.has(opener) || opener === 'fronted')

// "If Russia attacks, …", "When the talks failed, …": a sentence opening with a subordinator is a
// fronted clause up to its comma. "Should Baku attack, …" (a subject after a sentence-initial
// "should" or "were") is a conditional too.
const INVERTED = new Set(['should', 'were', 'had'])
function frontedOpener(tokens: readonly Token[]): string | null {
  const first = tokens[0]?.lower ?? ''
  // "When Azerbaijani forces attacked …, Yerevan asked …": a fronted time clause states a fact of
  // its own; it is split off, but it is no background.
  if (TIME.has(first)) return 'fronted'
  if (FRONTED.has(first)) return first
  if (!INVERTED.has(first) || !startsSubject(tokens[1])) return null
  return tokens.some((t) => t.text === ',') ? 'if' : null
}

// "The ministry, which might soon be dissolved, accused …", "Lavrov, who arrived on Monday, said
// …": a relative clause set off by commas ends at its second comma when a finite verb follows; the
// main clause resumes there with the subject before the relative pronoun. So does a participle
// phrase ("Putin, speaking in Sochi, accused …").
const RELATIVE_AFTER_COMMA = new Set(['which', 'who', ',ing'])
const RELATIVE_IN_APPOSITION = new Set(['that', 'which', 'who'])
const FINITE = new Set(
  (
    'said says told tells met meets held holds made makes sent sends took gave struck hit shot ' +
    'withdrew sought fought won is was are were has had have will would could can may might must ' +
    'should also later then'
  ).split(' '),
)
/**
 * Index of the first finite verb in `[from, to)`, or `to`: a lower-case past form in -ed not
 * after a determiner ("met", "accused"; not "the embattled"), or a common irregular or auxiliary.
 */
export function firstFiniteVerb(tokens: readonly Token[], from: number, to: number): number {
  for (let i = Math.max(0, from); i < to; i++) {
    const t = tokens[i]
    // Lower-case words only, by their first unit (no Unicode RegExp per token: issue #8).
    if (!t?.isWord || t.text.charCodeAt(0) !== t.lower.charCodeAt(0)) continue
    if (FINITE.has(t.lower) && !MODIFIERS.has(t.lower)) return i
    if (
      t.lower.endsWith('ed') &&
      t.lower.length > 4 &&
      !DETERMINERS.has(tokens[i - 1]?.lower ?? '')
    )
      return i
  }
  return to
}
const MODIFIERS = new Set(['also', 'later', 'then'])
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', "'s", 'newly'])

function closesRelative(
  tokens: readonly Token[],
  open: { at: number; opener: string | null } | undefined,
  comma: number,
): boolean {
  if (!open || comma - open.at < 2) return false
  const afterComma = tokens[open.at - 1]?.text === ','
  const setOff =
    (afterComma && RELATIVE_AFTER_COMMA.has(open.opener ?? '')) ||
    (RELATIVE_IN_APPOSITION.has(open.opener ?? '') && inApposition(tokens, open.at))
  if (!setOff) return false
  const next = tokens[comma + 1]
  if (!next?.isWord || !/^\p{Ll}+$/u.test(next.text)) return false
  return FINITE.has(next.lower) || (/ed$/.test(next.lower) && next.lower.length > 4)
}

// "ECOWAS, the regional bloc that Niger left in January, called …": a relative clause inside an
// apposition (a comma, a determiner and a few words before it) ends at the apposition's comma too.
function inApposition(tokens: readonly Token[], opener: number): boolean {
  for (let j = opener - 1; j >= Math.max(0, opener - 6); j--) {
    const t = tokens[j] as Token
    if (t.text === ',') return j < opener - 2 && DETERMINERS.has(tokens[j + 1]?.lower ?? '')
    if (!t.isWord) return false
  }
  return false
}

/** Index of the clause containing token `i`. */
export function clauseOf(clauses: readonly Clause[], i: number): number {
  for (let k = clauses.length - 1; k >= 0; k--) if ((clauses[k]?.start ?? 0) <= i) return k
  return 0
}
