import type { Sector } from '../../core/model.js'
import type { StateRef } from './state-lexicon.js'
import type { KnownEntity } from './word-lists.js'

/** Affiliation evidence gathered from titles, adjectives and appositions. */
export interface Affiliation {
  country: string | null
  sector: Sector | null
  /** Title or role as written ("Lieutenant General", "political scientist"). */
  role: string | null
  /** Title words written before the name, kept for the alias ("General Vorobyov"). */
  titleText: string | null
  /** The title stays part of the name ("Pope Francis"). */
  keepTitle: boolean
}

/** A recognised but not yet resolved mention; `start`/`end` are token indexes (end exclusive). */
export type RawMention =
  | { kind: 'state'; start: number; end: number; ref: StateRef }
  | {
      kind: 'person'
      start: number
      end: number
      words: string[]
      aff: Affiliation
      strong: boolean
    }
  | {
      kind: 'org'
      start: number
      end: number
      name: string
      aff: Affiliation
      known: KnownEntity | null
      acronym: string | null
    }
  | { kind: 'place'; start: number; end: number; name: string; country: string | null }
  /** One capitalised word that may be a surname, an organisation or a place; decided later. */
  | { kind: 'single'; start: number; end: number; word: string; aff: Affiliation; speaker: boolean }

export const emptyAffiliation = (): Affiliation => ({
  country: null,
  sector: null,
  role: null,
  titleText: null,
  keepTitle: false,
})

/**
 * Role of a well-known organisation that belongs to no state (Red Cross, Amnesty International):
 * the event coder lets it act as itself instead of leaving its actor code empty.
 */
export const INTERNATIONAL = 'international organisation'
