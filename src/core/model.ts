import type { EntityId } from './ids.js'
import type { Span } from './span.js'

/** ISO 3166-1 alpha-3 code of a state (`KAZ`), or the short name of an IGO (`CSTO`). */
export type ActorCode = string

export type EntityType = 'COUNTRY' | 'IGO' | 'PERSON' | 'ORG' | 'PLACE'

/** What part of a society an entity belongs to (affiliation from titles, roles, context). */
export type Sector =
  'GOV' | 'MIL' | 'LEG' | 'MED' | 'ANALYST' | 'BUS' | 'NGO' | 'IGO' | 'REL' | 'JUD' | 'OPP' | 'CVL'

/** A resolved entity: one real-world person, organisation, state or place. */
export interface Entity {
  readonly id: EntityId
  readonly type: EntityType
  /** Canonical (longest well-formed) name. */
  readonly name: string
  /** Every surface form seen, canonical name included. */
  readonly aliases: readonly string[]
  /** State it belongs to (ISO3) or null when unknown; for an IGO, null. */
  readonly country: ActorCode | null
  readonly sector: Sector | null
  /** Role or title as written ("Foreign Minister", "political scientist"). */
  readonly role: string | null
}

/** One occurrence of an entity in a document's text. */
export interface Mention {
  readonly entity: EntityId
  /** Half-open UTF-16 range in `Doc.text`. */
  readonly span: Span
  readonly text: string
}

export type EventStatus = 'asserted' | 'alleged' | 'denied' | 'hypothetical' | 'negated'
export const EVENT_STATUSES: readonly EventStatus[] = [
  'asserted',
  'alleged',
  'denied',
  'hypothetical',
  'negated',
]

/** The 16 PLOVER event types. */
export type EventType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT'

/** The 16 PLOVER event types, in PLOVER's order from cooperation to conflict. */
export const EVENT_TYPES: readonly EventType[] = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]

export type DatePrecision = 'day' | 'month' | 'year' | 'publication' | 'unknown'

/** A PLOVER event coded from one sentence, with how the text presents it and its evidence. */
export interface CodedEvent {
  readonly type: EventType
  readonly mode: string | null
  readonly actor: ActorCode | null
  readonly recipient: ActorCode | null
  readonly actorEntity: EntityId | null
  readonly recipientEntity: EntityId | null
  readonly status: EventStatus
  /** Entity or outlet the text attributes the event to ("according to X"), if any. */
  readonly reportedBy: string | null
  /** ISO date (YYYY-MM-DD) or null. */
  readonly date: string | null
  readonly datePrecision: DatePrecision
  readonly place: string | null
  /** PLOVER conflict–cooperation score: -10 (most hostile) … +10 (most cooperative). */
  readonly score: number
  /** Index of the sentence the event was coded from. */
  readonly sentence: number
  /** Half-open UTF-16 range of the evidence sentence in `Doc.text`. */
  readonly span: Span
  readonly evidence: string
}

/** A direct or reported quote with its speaker. */
export interface Quote {
  /** Half-open UTF-16 range of the quoted words (without the marks) in `Doc.text`. */
  readonly span: Span
  readonly text: string
  readonly speaker: EntityId | null
  /** Name as written near the quote, when the speaker is not a resolved entity. */
  readonly speakerName: string | null
  /** Attribution cue ("said", "according to", "in the video"). */
  readonly cue: string | null
  readonly sentence: number
}

/** A sentence of the clean text. */
export interface Sentence {
  readonly index: number
  /** Half-open UTF-16 range in `Doc.text`. */
  readonly span: Span
  readonly text: string
  /** Paragraph index the sentence belongs to. */
  readonly paragraph: number
}

/** Metadata of a document: from the page (meta tags, JSON-LD, date lines, bylines). */
export interface DocMeta {
  readonly title: string | null
  /** ISO date (YYYY-MM-DD) or full ISO timestamp, or null when the page gives none. */
  readonly published: string | null
  readonly authors: readonly string[]
  readonly publisher: string | null
  /** ISO 639-3 code from language detection (`eng`), or `und`. */
  readonly language: string
  /** Canonical URL when the page states one. */
  readonly url: string | null
  /** Origin the page names for its content ("Source: …", "first reported by …"). */
  readonly origin: string | null
  /**
   * Author bio lines the cleaner took out of the body ("X is a political analyst from Y"). Not
   * stored: the entities stage reads them to give the authors a country and a sector.
   */
  readonly authorNotes?: readonly string[]
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'disputed' | 'denied' | 'unverified'

/** One mention of a claim: an event in one document, with that source's stance. */
export interface ClaimMention {
  readonly doc: string
  readonly source: string
  readonly publisher: string | null
  readonly status: EventStatus
  readonly evidence: string
  readonly eventId: string
  readonly date: string | null
  /** Key of the independent origin this mention counts under (copies share one). */
  readonly origin: string
}

/** The same event reported across documents. */
export interface Claim {
  readonly id: string
  readonly type: EventType
  readonly actor: ActorCode | null
  readonly recipient: ActorCode | null
  readonly actorEntity: EntityId | null
  readonly status: ClaimStatus
  readonly independentSources: number
  readonly score: number
  readonly firstSeen: string | null
  readonly lastSeen: string | null
  readonly summary: string
  readonly mentions: readonly ClaimMention[]
}
