/**
 * Analysis over stored records: claims across documents, watches (indicators, risk over time,
 * ACH). Pure functions apart from `loadWatch`/`listWatches`, which read watch files.
 */
export { buildClaims, type BuildClaimsOptions } from './claims/build-claims.js'
export { claimAsOf } from './claims/claim-as-of.js'
export { claimStatus, stanceOf, type Stance } from './claims/claim-status.js'
export { assignOrigins, outletKey, type SourceFacts } from './claims/independence.js'
export { evaluateAch } from './ach/evaluate-ach.js'
export { claimWeight, type ClaimWeight } from './risk/claim-weight.js'
export { riskSeries, RISK_METHOD, type RiskItem } from './risk/risk-series.js'
export { evaluateWatch } from './watch/evaluate-watch.js'
export { listWatches, loadWatch, parseWatch } from './watch/load-watch.js'
export { watchSchema, CONSISTENCY, type Consistency, type Watch } from './watch/watch-schema.js'
export type {
  AchFlip,
  AchHypothesisScore,
  AchResult,
  AchRow,
  CitedDoc,
  EvaluateWatchOptions,
  IndicatorHit,
  IndicatorLevel,
  IndicatorResult,
  RiskContribution,
  RiskPoint,
  RiskSeries,
  WatchEvaluation,
  WatchInput,
} from './watch/evaluation.js'
