import type { Claim, EventType } from '../core/model.js'
import type { DocId } from '../core/ids.js'
import type { StoredEvent } from './store.js'

/** What the claims rebuild reads of a document: its source, outlet, cited origin, date, copy link. */
export interface ClaimDoc {
  readonly id: DocId
  readonly uri: string
  readonly published: string | null
  readonly publisher: string | null
  readonly origin: string | null
  /** The stored document this one copies, else null. */
  readonly duplicateOf: DocId | null
}

/** Events that may form one claim: one event type by one actor (null: an unnamed actor). */
export interface ClaimKey {
  readonly type: EventType
  readonly actor: string | null
}

/** A stored event with its document (null when the document is not stored). */
export interface ClaimEvent {
  readonly event: StoredEvent
  readonly doc: ClaimDoc | null
}

/**
 * The reads of the claims rebuild (`Store.claimReads`), shaped so that it never holds the corpus:
 * word statistics from the evidence sentences in pages, then the events one claim key at a time.
 */
export interface ClaimReads {
  /** The evidence sentence of every stored event, in pages of at most `pageSize`. */
  evidence(pageSize?: number): AsyncIterable<readonly string[]>
  /** Every claim key of the stored events, each once. */
  keys(): Promise<ClaimKey[]>
  /** The events of one claim key with their documents, in no set order. */
  events(key: ClaimKey): Promise<ClaimEvent[]>
  /** Documents stored as copies of another (`duplicateOf` set). */
  copies(): Promise<ClaimDoc[]>
  /** Texts of the given documents (unknown ids left out), to tell copies apart. */
  texts(ids: readonly DocId[]): Promise<Map<DocId, string>>
}

/** Claims in batches, for `Store.replaceClaimsFrom`. */
export type ClaimBatches = AsyncIterable<readonly Claim[]>

/** All of `claims` as one batch (`Store.replaceClaims` is `replaceClaimsFrom` of one batch). */
export async function* oneBatch(claims: readonly Claim[]): ClaimBatches {
  yield claims
}

/** Pages of evidence sentences read per query. */
export const EVIDENCE_PAGE = 5000
