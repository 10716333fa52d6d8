import type { Claim, Entity } from '../../core/model.js'
import type { StoredQuote } from '../../store/store.js'
import { claimWeight } from '../risk/claim-weight.js'
import { isoDay } from '../risk/iso-day.js'
import type { IndicatorHit } from '../watch/evaluation.js'
import type { ClaimRule, QuoteRule, Watch, WatchIndicator } from '../watch/watch-schema.js'
import { termMatcher } from './term-matcher.js'

/** Lookups an indicator needs besides the claims and quotes themselves. */
export interface MatchContext {
  readonly watch: Watch
  readonly entities: ReadonlyMap<string, Entity>
  /** Publication date of each document (for quotes). */
  readonly docDate: (doc: string) => string | null
  /** `doc#sentence` keys of sentences already coded as events of a watch claim. */
  readonly coded: ReadonlySet<string>
}

/** A compiled indicator: call it on claims and quotes to get its hits. */
export interface IndicatorMatcher {
  readonly indicator: WatchIndicator
  matchesClaim(claim: Claim): boolean
  hits(claims: readonly Claim[], quotes: readonly StoredQuote[]): IndicatorHit[]
}

/**
 * Compiles an indicator's rules once. A claim matches when any claims rule holds: its PLOVER type,
 * direction (`from`/`to` over `actor`, `target`, `any`, `none` or codes), claim status, actor
 * sector and, if given, a term in one of its mentions' evidence. A quote matches when its speaker
 * belongs to a listed state and it says one of the terms; quotes from sentences already coded as an
 * event are left to that event's claim, so nothing is counted twice.
 */
export function compileIndicator(indicator: WatchIndicator, ctx: MatchContext): IndicatorMatcher {
  const claimRules = indicator.claims.map((r) => compileClaimRule(r, ctx))
  const quoteRules = indicator.quotes.map((r) => compileQuoteRule(r, ctx))
  const matchesClaim = (c: Claim): boolean => claimRules.some((rule) => rule(c))
  return {
    indicator,
    matchesClaim,
    hits(claims, quotes) {
      const out: IndicatorHit[] = []
      for (const c of claims) {
        if (!matchesClaim(c)) continue
        out.push({
          kind: 'claim',
          id: c.id,
          date: isoDay(c.firstSeen),
          strength: claimWeight(c, ctx.watch).strength,
          status: c.status,
          score: c.score,
          docs: [...new Set(c.mentions.map((m) => m.doc))],
          text: c.summary,
        })
      }
      for (const q of quotes) {
        if (ctx.coded.has(`${q.doc}#${q.sentence}`)) continue
        const score = quoteRules.map((rule) => rule(q)).find((s) => s !== null)
        if (score === undefined || score === null) continue
        out.push({
          kind: 'quote',
          id: q.id,
          date: ctx.docDate(q.doc),
          strength: ctx.watch.status_weights.asserted,
          status: 'quote',
          score,
          docs: [q.doc],
          text: q.text,
        })
      }
      return out
    },
  }
}

/** Resolves `actor` / `target` / `any` / `none` / a code into a test on a code. */
function endpointTest(names: readonly string[], watch: Watch): (code: string | null) => boolean {
  const codes = new Set<string | null>()
  let any = false
  for (const n of names) {
    if (n === 'any') any = true
    else if (n === 'none') codes.add(null)
    else if (n === 'actor') codes.add(watch.actor.code)
    else if (n === 'target') codes.add(watch.target.code)
    else codes.add(n.toUpperCase())
  }
  return (code) => any || codes.has(code)
}

function compileClaimRule(rule: ClaimRule, ctx: MatchContext): (c: Claim) => boolean {
  const types = rule.types ? new Set<string>(rule.types) : null
  const statuses = rule.statuses ? new Set<string>(rule.statuses) : null
  const sectors = rule.sectors ? new Set(rule.sectors) : null
  const from = endpointTest(rule.from, ctx.watch)
  const to = endpointTest(rule.to, ctx.watch)
  const terms = rule.terms ? termMatcher(rule.terms) : null
  return (c) => {
    if (types && !types.has(c.type)) return false
    if (statuses && !statuses.has(c.status)) return false
    if (!from(c.actor) || !to(c.recipient)) return false
    const sector = c.actorEntity ? ctx.entities.get(c.actorEntity)?.sector : null
    if (sectors && sector && !sectors.has(sector)) return false
    return !terms || c.mentions.some((m) => terms(m.evidence) !== null)
  }
}

/** Returns the rule's score when the quote matches, else null. */
function compileQuoteRule(rule: QuoteRule, ctx: MatchContext): (q: StoredQuote) => number | null {
  const speakers = endpointTest(rule.speakers, ctx.watch)
  const terms = termMatcher(rule.terms)
  return (q) => {
    const speaker = q.speaker ? ctx.entities.get(q.speaker) : undefined
    const state = speaker ? (speaker.type === 'COUNTRY' ? speaker.id : speaker.country) : null
    return state !== null && speakers(state) && terms(q.text) !== null ? rule.score : null
  }
}
