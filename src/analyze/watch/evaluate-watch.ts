import type { Claim, Entity } from '../../core/model.js'
import { claimAsOf } from '../claims/claim-as-of.js'
import type { StoredDoc, StoredEvent } from '../../store/store.js'
import { evaluateAch } from '../ach/evaluate-ach.js'
import { indicatorLevel } from '../indicators/indicator-level.js'
import { compileIndicator, type MatchContext } from '../indicators/match-indicator.js'
import { claimWeight } from '../risk/claim-weight.js'
import { isoDay } from '../risk/iso-day.js'
import { riskSeries, type RiskItem } from '../risk/risk-series.js'
import type {
  CitedDoc,
  EvaluateWatchOptions,
  IndicatorResult,
  WatchEvaluation,
  WatchInput,
} from './evaluation.js'
import type { Watch } from './watch-schema.js'

/**
 * Evaluates a watch over a corpus: which claims and quotes each indicator matches and its level,
 * the risk series with every contribution, and the ACH matrix with scores and flips. Pure: the
 * as-of date defaults to the latest dated evidence, never to the clock.
 *
 * @example
 * const watch = loadWatch('rus-kaz')
 * const result = evaluateWatch(watch, { claims, events, quotes, docs }, { asOf: '2024-12-31' })
 * result.risk.points.at(-1)?.risk // 0…1
 */
export function evaluateWatch(
  watch: Watch,
  input: WatchInput,
  options: EvaluateWatchOptions = {},
): WatchEvaluation {
  const docs: ReadonlyMap<string, StoredDoc> =
    input.docs instanceof Map
      ? input.docs
      : new Map((input.docs as readonly StoredDoc[]).map((d) => [d.id, d]))
  const docDate = (id: string): string | null => isoDay(docs.get(id)?.meta.published)
  const asOf = isoDay(options.asOf) ?? latestDate(input.claims, input.quotes ?? [], docDate)
  const inTime = (date: string | null): boolean => !asOf || !date || date.slice(0, 10) <= asOf
  // Each claim as it stood on the as-of date: later reports and denials are not known yet.
  const claims = input.claims
    .map((c) => (asOf ? claimAsOf(c, asOf) : c))
    .filter((c): c is Claim => c !== null)
  const quotes = (input.quotes ?? []).filter((q) => inTime(docDate(q.doc)))
  const { actor, target } = { actor: watch.actor.code, target: watch.target.code }
  const inDyad = (c: Claim): boolean =>
    (c.actor === actor && c.recipient === target) || (c.actor === target && c.recipient === actor)

  const events = new Map<string, StoredEvent>((input.events ?? []).map((e) => [e.id, e]))
  const ctx: MatchContext = {
    watch,
    entities: new Map<string, Entity>((input.entities ?? []).map((e) => [e.id, e])),
    docDate,
    coded: new Set(
      claims.flatMap((c) =>
        c.mentions.flatMap((m) => {
          const e = events.get(m.eventId)
          return e ? [`${m.doc}#${e.sentence}`] : []
        }),
      ),
    ),
  }
  const matchers = watch.indicators.map((ind) => compileIndicator(ind, ctx))
  const indicators: IndicatorResult[] = matchers.map((m) => {
    const hits = m.hits(claims, quotes)
    const { indicator: ind } = m
    return {
      id: ind.id,
      label: ind.label,
      domain: ind.domain,
      kind: ind.kind,
      weight: ind.weight,
      ...indicatorLevel(ind, hits, watch, asOf),
      hits,
    }
  })

  const used = claims.filter((c) => inDyad(c) || matchers.some((m) => m.matchesClaim(c)))
  const items: RiskItem[] = used.map((c) => {
    const w = claimWeight(c, watch)
    const matched = matchers.filter((m) => m.matchesClaim(c)).map((m) => m.indicator)
    return {
      kind: 'claim',
      id: c.id,
      date: isoDay(c.firstSeen),
      score: c.score,
      statusWeight: w.statusWeight,
      sourcesFactor: w.sourcesFactor,
      indicatorWeight: matched.length ? Math.max(...matched.map((i) => i.weight)) : 1,
      indicators: matched.map((i) => i.id),
      revisions: revisions(c, watch),
    }
  })
  for (const ind of indicators)
    for (const h of ind.hits)
      if (h.kind === 'quote')
        items.push({
          kind: 'quote',
          id: h.id,
          date: h.date,
          score: h.score,
          statusWeight: h.strength,
          sourcesFactor: 1,
          indicatorWeight: ind.weight,
          indicators: [ind.id],
        })
  const cited = new Set([
    ...used.flatMap((c) => c.mentions.map((m) => m.doc)),
    ...indicators.flatMap((i) => i.hits.flatMap((h) => h.docs)),
  ])
  return {
    watch: { id: watch.id, label: watch.label, actor, target },
    asOf,
    indicators,
    risk: riskSeries(dedupeQuotes(items), watch, asOf),
    ach: evaluateAch(watch, indicators),
    claims: used,
    docs: [...cited].sort().map((id) => citedDoc(id, docs.get(id))),
  }
}

/** The claim's weights after each day a new mention arrived, so the series sees it change. */
function revisions(c: Claim, watch: Watch): NonNullable<RiskItem['revisions']> {
  const days = [...new Set(c.mentions.map((m) => isoDay(m.date)).filter((d) => !!d))].sort()
  return (days as string[]).map((date) => {
    const w = claimWeight(claimAsOf(c, date) ?? c, watch)
    return { date, statusWeight: w.statusWeight, sourcesFactor: w.sourcesFactor }
  })
}

/** A quote matched by two indicators contributes once, under the heavier one. */
function dedupeQuotes(items: RiskItem[]): RiskItem[] {
  const best = new Map<string, RiskItem>()
  for (const i of items) {
    const key = `${i.kind}:${i.id}`
    const seen = best.get(key)
    if (!seen) best.set(key, i)
    else if (i.kind === 'quote')
      best.set(key, {
        ...(i.indicatorWeight > seen.indicatorWeight ? i : seen),
        indicators: [...seen.indicators, ...i.indicators],
      })
  }
  return [...best.values()]
}

function latestDate(
  claims: readonly Claim[],
  quotes: ReadonlyArray<{ doc: string }>,
  docDate: (id: string) => string | null,
): string | null {
  let latest: string | null = null
  for (const d of [...claims.map((c) => isoDay(c.lastSeen)), ...quotes.map((q) => docDate(q.doc))])
    if (d && (!latest || d > latest)) latest = d
  return latest
}

function citedDoc(id: string, d: StoredDoc | undefined): CitedDoc {
  return {
    id,
    title: d?.meta.title ?? null,
    file: d?.source.file ?? id,
    source: d?.source.uri ?? id,
    publisher: d?.meta.publisher ?? null,
    published: d?.meta.published?.slice(0, 10) ?? null,
  }
}
