import type { Diagnostic } from '../core/diagnostics.js'
import type { SourceRef } from '../core/doc.js'
import type { DocId, EntityId } from '../core/ids.js'
import type {
  Claim,
  ClaimMention,
  CodedEvent,
  DocMeta,
  Entity,
  Mention,
  Quote,
  Sentence,
} from '../core/model.js'
import type { ClaimBatches, ClaimReads } from './claim-reads.js'

/** A document as stored, with everything the pipeline added. Entity ids are corpus-wide. */
export interface StoredDoc {
  readonly id: DocId
  readonly source: SourceRef
  readonly meta: DocMeta
  readonly text: string
  readonly diagnostics: readonly Diagnostic[]
  /** Id of the stored document this one copies (exact or near duplicate), else null. */
  readonly duplicateOf: DocId | null
  /** MinHash LSH band keys of the text, for near-duplicate lookup. */
  readonly bands: readonly string[]
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly Mention[]
  readonly events: readonly StoredEvent[]
  readonly quotes: readonly Quote[]
}

/** An event with its id and document. */
export interface StoredEvent extends CodedEvent {
  readonly id: string
  readonly doc: DocId
}

/** A quote with its id and document. */
export interface StoredQuote extends Quote {
  readonly id: string
  readonly doc: DocId
}

/** Entity with how often it is mentioned. */
export interface StoredEntity extends Entity {
  readonly mentionCount: number
  readonly docCount: number
}

export interface Page {
  /** Rows to return. @default 100 */
  readonly limit?: number | undefined
  readonly offset?: number | undefined
}

export interface DocQuery extends Page {
  /** Full-text query over title and text. */
  readonly q?: string | undefined
  readonly includeDuplicates?: boolean | undefined
  /**
   * Return documents bare: metadata, text and diagnostics, with `sentences`, `mentions`, `events`
   * and `quotes` left empty. For listings and corpus-level analysis, which need no per-sentence
   * rows. @default false
   */
  readonly bare?: boolean | undefined
}

export interface EventQuery extends Page {
  readonly actor?: string | undefined
  readonly recipient?: string | undefined
  readonly type?: string | undefined
  readonly status?: string | undefined
  readonly entity?: EntityId | undefined
  /** Inclusive ISO dates. */
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly doc?: DocId | undefined
  /** Full-text query over the evidence sentence. */
  readonly q?: string | undefined
}

export interface EntityQuery extends Page {
  readonly type?: string | undefined
  readonly country?: string | undefined
  /** Substring of a name or alias, case-insensitive. */
  readonly q?: string | undefined
}

export interface QuoteQuery extends Page {
  readonly speaker?: EntityId | undefined
  readonly doc?: DocId | undefined
  readonly q?: string | undefined
}

export interface ClaimQuery extends Page {
  readonly status?: string | undefined
  readonly type?: string | undefined
}

/** Mentions a claim list item carries (`Store.listClaimItems`); the rest are at `getClaim`. */
export const CLAIM_ITEM_MENTIONS = 3

/**
 * A claim as lists show it: everything but its mentions, how many there are, and the first
 * `CLAIM_ITEM_MENTIONS` of them in stored order. A widely reported claim has hundreds of
 * mentions, each with its evidence sentence; a list page must not carry them all.
 */
export interface ClaimListItem extends Omit<Claim, 'mentions'> {
  readonly mentionCount: number
  readonly firstMentions: readonly ClaimMention[]
}

/** The event filters `Store.countDyads` takes. */
export type DyadQuery = Pick<EventQuery, 'actor' | 'recipient' | 'type' | 'status' | 'from' | 'to'>

/** Result of `Store.countDyads`. */
export interface DyadCounts {
  readonly rows: ReadonlyArray<{
    readonly actor: string
    readonly recipient: string
    readonly type: string
    readonly count: number
    /** Sum of the events' PLOVER scores. */
    readonly scoreSum: number
  }>
  /** Events read (at most `maxEvents`), counted before the left-out ones are dropped. */
  readonly events: number
}

/** A source the last ingests could not store, and why. */
export interface IngestFailure {
  readonly uri: string
  readonly code: string
  readonly message: string
  readonly at: string
}

/** See `Store.claimsBasis`. */
export interface ClaimsBasis {
  readonly latest: number
  readonly builtFrom: number | null
}

/** True when documents were stored since the claims were last rebuilt. */
export function claimsStale(basis: ClaimsBasis): boolean {
  return basis.latest !== (basis.builtFrom ?? 0)
}

export interface StoreCounts {
  readonly documents: number
  readonly duplicates: number
  readonly entities: number
  readonly mentions: number
  readonly events: number
  readonly quotes: number
  readonly claims: number
}

/**
 * Persistence for documents and everything derived from them. Implemented by SQLite (default)
 * and PostgreSQL; both pass `storeContract` in `contract.ts`.
 */
export interface Store {
  /** Kind of backend, for messages. */
  readonly kind: 'sqlite' | 'postgres'
  /**
   * Where another thread or process can open this same store with `openStore`: the absolute
   * SQLite file path or the PostgreSQL URL. Absent for a store only this connection sees
   * (SQLite `:memory:`).
   */
  readonly location?: string | undefined
  /** Saves a document and its results in one transaction. Returns false when the id already exists. */
  saveDoc(doc: StoredDoc): Promise<boolean>
  /**
   * Groups the writes that follow (`saveDoc`, `upsertEntities`, `recordFailure`) into one
   * transaction until `commitBatch`, so a bulk ingest pays one commit per batch instead of one per
   * document. Each document stays all-or-nothing; reads through this store see the open batch; a
   * crash loses the uncommitted batch as whole documents, never part of one. A store that cannot
   * group writes (PostgreSQL, shared by several processes) commits each write and ignores both.
   */
  beginBatch(): Promise<void>
  /** Commits the batch `beginBatch` opened; does nothing when none is open. */
  commitBatch(): Promise<void>
  hasDoc(id: DocId): Promise<boolean>
  getDoc(id: DocId): Promise<StoredDoc | undefined>
  listDocs(query?: DocQuery): Promise<StoredDoc[]>
  /**
   * Texts of the given documents (unknown ids left out), for corpus-level work that must not hold
   * every text at once (claims rebuild).
   */
  getDocTexts(ids: readonly DocId[]): Promise<Map<DocId, string>>
  /** Ids of stored documents sharing at least one MinHash band key. */
  findByBands(bands: readonly string[]): Promise<Array<{ id: DocId; text: string }>>
  /** Inserts or replaces resolved entities (aliases merged by the caller). */
  upsertEntities(entities: readonly Entity[]): Promise<void>
  listEntities(query?: EntityQuery): Promise<StoredEntity[]>
  getEntity(id: EntityId): Promise<StoredEntity | undefined>
  /** The entities with these ids (unknown ids are left out), without mention counts: cheap. */
  getEntities(ids: readonly EntityId[]): Promise<Entity[]>
  listEvents(query?: EventQuery): Promise<StoredEvent[]>
  listQuotes(query?: QuoteQuery): Promise<StoredQuote[]>
  /**
   * Replaces every claim (claims are recomputed over the whole corpus). `builtFrom` is
   * `claimsBasis().latest` read before the rebuild started, so documents stored meanwhile leave
   * the claims stale.
   */
  replaceClaims(claims: readonly Claim[], builtFrom: number): Promise<void>
  /**
   * `replaceClaims` for claims built as they are written: the batches are written as they come,
   * never all held, and readers see the old claims until the last one is written. If `batches`
   * throws, the old claims stay.
   */
  replaceClaimsFrom(batches: ClaimBatches, builtFrom: number): Promise<void>
  /** The reads of the claims rebuild, one claim key at a time (see `ClaimReads`). */
  claimReads(): ClaimReads
  /**
   * Whether the claims are current: `latest` numbers the newest stored document (0 when none),
   * `builtFrom` is what the stored claims were computed from (null before the first rebuild).
   * They differ when documents were stored after the last rebuild, e.g. by an ingest killed
   * before it rebuilt the claims.
   */
  claimsBasis(): Promise<ClaimsBasis>
  /** Whole claims, mentions included, in list order (best sourced first). */
  listClaims(query?: ClaimQuery): Promise<Claim[]>
  /** The same list as `listClaims`, each claim as a `ClaimListItem` (cheap for large claims). */
  listClaimItems(query?: ClaimQuery): Promise<ClaimListItem[]>
  /** One whole claim, or undefined when no claim has this id. */
  getClaim(id: string): Promise<Claim | undefined>
  recordFailure(failure: IngestFailure): Promise<void>
  listFailures(query?: Page): Promise<IngestFailure[]>
  counts(): Promise<StoreCounts>
  /**
   * A cheap token that changes whenever the stored data may have changed (any write, by this or
   * another process), for caches of read results. Absent when the backend has no cheap one.
   */
  dataVersion?(): Promise<string>
  /**
   * Events per (actor, recipient, type) among the first `maxEvents` events of the list that
   * `query` selects (list order), leaving out events without both sides or aimed at their own
   * actor, and how many events were read. For the actor network without loading every event.
   * Absent when the backend has no cheaper way than `listEvents`.
   */
  countDyads?(query: DyadQuery, maxEvents: number): Promise<DyadCounts>
  close(): Promise<void>
}

/**
 * Opens the store at `url`: a `postgres://` URL selects PostgreSQL, anything else is a SQLite file
 * path (created when missing; `:memory:` for tests).
 */
export async function openStore(url: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { openPostgres } = await import('./postgres/index.js') // `pg` is loaded only on this path
    return openPostgres(url)
  }
  const { openSqlite } = await import('./sqlite/index.js')
  return openSqlite(url)
}
