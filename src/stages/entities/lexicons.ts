import { readFileSync } from 'node:fs'
import { loadGazetteer, type Gazetteer } from './gazetteer.js'
import { buildStateLexicon, type StateLexicon } from './state-lexicon.js'
import { loadWordLists, type WordLists } from './word-lists.js'

/** Small closed word classes used to read names in context. */
export interface NameWords {
  readonly connectors: ReadonlySet<string>
  readonly nameParticles: ReadonlySet<string>
  readonly speechVerbs: ReadonlySet<string>
  readonly placeSuffixes: ReadonlySet<string>
  readonly hyphenPrefixes: ReadonlySet<string>
  readonly determiners: ReadonlySet<string>
  readonly appositionLinks: ReadonlySet<string>
  readonly personNameStop: ReadonlySet<string>
  /** Platform names that end an outlet's name before "channel" ("X Telegram channel"). */
  readonly platforms: ReadonlySet<string>
  /** Regional and religious adjectives that are never part of a person's name ("Central Asian"). */
  readonly notNames: ReadonlySet<string>
  /** Words that tie an organisation to a state after it ("associated with the Russian …"). */
  readonly affiliationVerbs: ReadonlySet<string>
  /** Days, months and holidays: capitalised, never names ("On Friday Putin said"). */
  readonly timeWords: ReadonlySet<string>
}

/** Everything the entity stage reads, loaded once at stage build. */
export interface Lexicons {
  readonly states: StateLexicon
  readonly words: WordLists
  readonly names: NameWords
  readonly places: Gazetteer
}

/** Loads every lexicon of the entity stage (about 0.2 s, once per pipeline). */
export function loadLexicons(): Lexicons {
  const raw = JSON.parse(
    readFileSync(new URL('./data/name-words.json', import.meta.url), 'utf8'),
  ) as Record<string, string[]>
  const set = (k: string): ReadonlySet<string> => new Set(raw[k] ?? [])
  return {
    states: buildStateLexicon(new Set(raw['genericTlds'] ?? [])),
    words: loadWordLists(),
    names: {
      connectors: set('connectors'),
      nameParticles: set('nameParticles'),
      speechVerbs: set('speechVerbs'),
      placeSuffixes: set('placeSuffixes'),
      hyphenPrefixes: set('hyphenPrefixes'),
      determiners: set('determiners'),
      appositionLinks: set('appositionLinks'),
      personNameStop: set('personNameStop'),
      platforms: set('platforms'),
      notNames: set('notNames'),
      affiliationVerbs: set('affiliationVerbs'),
      timeWords: set('timeWords'),
    },
    places: loadGazetteer(),
  }
}
