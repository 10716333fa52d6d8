import type { Entity, Sector } from '../../core/model.js'
import type { EntityMention } from './index.js'
import type { Lexicons } from './lexicons.js'
import { givenKey, givenNamesMatch, nameKey, surnamesMatch } from './name-key.js'
import type { Affiliation } from './raw-mention.js'

/** Where a person is mentioned (token range) and in which paragraph. */
export interface PersonMention {
  readonly start: number
  readonly end: number
  readonly kind: EntityMention['kind']
  readonly paragraph: number
}

/** One person of a document: name parts with their phonetic keys, affiliation, mentions. */
export class PersonCluster {
  name: string
  given: string
  surnameKey: string
  country: string | null
  sector: Sector | null
  role: string | null
  readonly aliases = new Set<string>()
  readonly mentions: PersonMention[] = []

  constructor(name: string, given: string, surnameKey: string, aff: Affiliation) {
    this.name = name
    this.given = given
    this.surnameKey = surnameKey
    this.country = aff.country
    this.sector = aff.sector
    this.role = aff.role
  }

  /** Same person: surnames agree phonetically, given names are compatible, states do not clash. */
  sameAs(o: PersonCluster): boolean {
    return (
      surnamesMatch(this.surnameKey, o.surnameKey) &&
      givenNamesMatch(this.given, o.given) &&
      !(this.country && o.country && this.country !== o.country)
    )
  }

  /** True when the affiliation names another state than this person's. */
  conflicts(aff: Affiliation): boolean {
    return !!(aff.country && this.country && aff.country !== this.country)
  }

  /** Takes what `o` knows and this cluster does not (a full name, a state, a sector). */
  merge(o: PersonCluster): void {
    if (!this.given && o.given) {
      this.given = o.given
      this.name = o.name
    }
    this.country ??= o.country
    this.sector ??= o.sector
    this.role ??= o.role
  }

  toEntity(): Omit<Entity, 'id'> {
    return {
      type: 'PERSON',
      name: this.name,
      aliases: withName(this.name, this.aliases),
      country: this.country,
      sector: this.sector,
      role: this.role,
    }
  }
}

/**
 * Builds a person from name words. A title that belongs to the name ("Pope Francis") stays;
 * a head of state the product knows gives country and sector when the names agree.
 */
export function personCluster(
  words: readonly string[],
  aff: Affiliation,
  lx: Lexicons,
): PersonCluster {
  const clean = words.map((w) => w.replace(/['’]s$/, ''))
  const surname = clean.at(-1) ?? ''
  const given = clean.slice(0, -1).filter((w) => !lx.names.nameParticles.has(w.toLowerCase()))
  const name =
    clean.length === 1 && aff.keepTitle && aff.titleText
      ? `${aff.titleText} ${surname}`
      : clean.join(' ')
  const p = new PersonCluster(name, givenKey(given), nameKey(surname), aff)
  const leader = lx.words.leadersFor(p.surnameKey).find((l) => {
    return (
      surnamesMatch(l.surnameKey, p.surnameKey) &&
      givenNamesMatch(l.givenKey, p.given) &&
      (clean.length > 1 || !aff.keepTitle || l.name === name)
    )
  })
  if (leader && !p.conflicts({ ...aff, country: leader.country })) {
    p.country ??= leader.country
    p.sector ??= leader.sector
    p.role ??= leader.role
  }
  return p
}

/**
 * An official introduced without a state ("Deputy X") in a paragraph about another official of
 * a named state takes that state: news style names the nationality once.
 */
export function officialsFallback(persons: readonly PersonCluster[]): void {
  for (const p of persons) {
    if (p.country || !p.sector || !['GOV', 'LEG', 'MIL'].includes(p.sector)) continue
    const first = p.mentions[0]
    if (!first) continue
    const prev = persons
      .filter(
        (q) =>
          q !== p &&
          q.country &&
          q.sector &&
          q.mentions.some((x) => x.paragraph === first.paragraph && x.start < first.start),
      )
      .sort((a, b) => (b.mentions[0]?.start ?? 0) - (a.mentions[0]?.start ?? 0))[0]
    if (prev) p.country = prev.country
  }
}

/** The person of `list` mentioned last before token `start` (the first one when none is). */
export function nearestBefore(list: readonly PersonCluster[], start: number): PersonCluster {
  let best = list[0] as PersonCluster
  let bestAt = -1
  for (const p of list)
    for (const m of p.mentions)
      if (m.start < start && m.start > bestAt) {
        best = p
        bestAt = m.start
      }
  return best
}

/** `[...new Set([name, ...aliases])]`: the name first, then the other aliases in order. */
export function withName(name: string, aliases: ReadonlySet<string>): string[] {
  const out = [name]
  for (const a of aliases) if (a !== name) out.push(a)
  return out
}
