import anyAscii from 'any-ascii'
import { slugify } from '../../core/ids.js'
import type { Entity } from '../../core/model.js'
import { givenKey, givenNamesMatch, nameKey, surnamesMatch } from './name-key.js'

interface PersonKeys {
  readonly id: string
  readonly surname: string
  readonly given: string
}

/**
 * Corpus-wide entity registry: joins each document's entities to stable corpus entities.
 * States and IGOs join by code. People join when their surnames agree phonetically (any-ascii,
 * transliteration-normalised key, edit distance), their given names are compatible and their
 * states do not clash; a surname alone joins only an unambiguous candidate. Organisations join by
 * normalised name or full-name alias. Ids, once assigned, never change.
 */
export class EntityRegistry {
  private readonly byId = new Map<string, Entity>()
  /** Per id base, the first number after the last one `freshId` gave ("ivanov-7" → 8). */
  private readonly nextSuffix = new Map<string, number>()
  /** People by the first letter of their surname key (the only letter surnamesMatch lets vary is an initial Z). */
  private readonly persons = new Map<string, PersonKeys[]>()
  /** Organisation ids by type, then by normalised full name or alias. */
  private readonly orgNames = new Map<string, Map<string, string>>()

  constructor(existing: readonly Entity[] = []) {
    for (const e of existing) this.put(e)
  }

  /**
   * Adds one document's entities; returns, for each document-local id, the corpus entity it joined.
   * A corpus entity the document adds nothing to is returned as the same object, so a caller can
   * tell unchanged entities by identity.
   */
  add(entities: readonly Entity[]): Map<string, Entity> {
    const out = new Map<string, Entity>()
    for (const e of entities) {
      const target = this.find(e)
      const merged = target ? mergeInto(target, e) : { ...e, id: this.freshId(e) }
      // Re-indexing an entity that did not change keyed its names again for nothing (issue #8).
      if (merged !== target) this.put(merged)
      out.set(e.id, merged)
    }
    return out
  }

  all(): Entity[] {
    return [...this.byId.values()]
  }

  private find(e: Entity): Entity | undefined {
    if (e.type === 'COUNTRY' || e.type === 'IGO') return this.byId.get(e.id)
    if (e.type === 'PERSON') return this.findPerson(e)
    const names = this.orgNames.get(e.type)
    if (!names) return undefined
    for (let i = -1; i < e.aliases.length; i++) {
      const id = names.get(normName(i < 0 ? e.name : (e.aliases[i] as string)))
      const hit = id ? this.byId.get(id) : undefined
      if (hit && !clash(hit.country, e.country)) return hit
    }
    return undefined
  }

  private findPerson(e: Entity): Entity | undefined {
    const k = personKeys(e)
    const first = k.surname[0] ?? ''
    // Both buckets in this order, even when they are the same one (one loop, no array chain: this
    // runs for every person of every document on the single writer).
    const cands: Array<{ p: PersonKeys; ent: Entity }> = []
    for (const b of [first, first === 'z' ? (k.surname[1] ?? '') : 'z'])
      for (const p of this.persons.get(b) ?? []) {
        if (!surnamesMatch(p.surname, k.surname)) continue
        const ent = this.byId.get(p.id) as Entity
        if (ent.type === 'PERSON' && !clash(ent.country, e.country)) cands.push({ p, ent })
      }
    if (k.given) {
      const fit = cands.filter(({ p }) => p.given && givenNamesMatch(p.given, k.given))
      const exact = fit.find(({ p }) => p.given === k.given)
      if (exact ?? fit[0]) return (exact ?? fit[0])?.ent
      const bare = cands.filter(({ p }) => !p.given)
      return bare.length === 1 && cands.length === 1 ? bare[0]?.ent : undefined
    }
    if (cands.length === 1) return cands[0]?.ent
    const sameState = cands.filter(({ ent }) => e.country && ent.country === e.country)
    return sameState.length === 1 ? sameState[0]?.ent : undefined
  }

  private put(e: Entity): void {
    this.byId.set(e.id, e)
    if (e.type === 'PERSON') {
      const k = personKeys(e)
      const key = k.surname[0] ?? ''
      const list = this.persons.get(key) ?? []
      const i = list.findIndex((p) => p.id === e.id)
      if (i >= 0) list[i] = { ...k, id: e.id }
      else list.push({ ...k, id: e.id })
      this.persons.set(key, list)
    } else if (e.type !== 'COUNTRY' && e.type !== 'IGO') {
      // Full names only: short acronyms ("CPC") name different bodies in different texts.
      let names = this.orgNames.get(e.type)
      if (!names) this.orgNames.set(e.type, (names = new Map()))
      for (const a of [e.name, ...e.aliases])
        if (a.length > 5 || /\s/.test(a)) names.set(normName(a), e.id)
    }
  }

  private freshId(e: Entity): string {
    if (e.type === 'COUNTRY' || e.type === 'IGO') return e.id
    const base = slugify(anyAscii(e.name)) || 'entity'
    let id = base
    // Ids are never taken back, so the numbers below the last one given for a base stay taken:
    // start there (counting up from 2 each time made a common name's n-th entity cost n probes).
    let n = this.nextSuffix.get(base) ?? 2
    if (this.byId.has(id)) {
      for (id = `${base}-${n}`; this.byId.has(id);) id = `${base}-${++n}`
      this.nextSuffix.set(base, n + 1)
    }
    return id
  }
}

function personKeys(e: Entity): Omit<PersonKeys, 'id'> {
  let keys = PERSON_KEYS.get(e.name)
  if (!keys) {
    const words = e.name.split(/\s+/).filter(Boolean)
    keys = { surname: nameKey(words.at(-1) ?? ''), given: givenKey(words.slice(0, -1)) }
    if (PERSON_KEYS.size >= MAX_MEMO) PERSON_KEYS.clear()
    PERSON_KEYS.set(e.name, keys)
  }
  return keys
}

// Keys of recently seen names, and normalised organisation names: the same names recur in most
// documents of a corpus. Memos of pure functions, bounded so memory stays flat.
const PERSON_KEYS = new Map<string, Omit<PersonKeys, 'id'>>()
const NORM_NAMES = new Map<string, string>()
const MAX_MEMO = 20_000

const clash = (a: string | null, b: string | null): boolean => !!(a && b && a !== b)

function normName(s: string): string {
  let n = NORM_NAMES.get(s)
  if (n === undefined) {
    n = computeNormName(s)
    if (NORM_NAMES.size >= MAX_MEMO) NORM_NAMES.clear()
    NORM_NAMES.set(s, n)
  }
  return n
}

const computeNormName = (s: string): string =>
  anyAscii(s)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** `target` with what `e` adds; `target` itself when that is nothing. */
function mergeInto(target: Entity, e: Entity): Entity {
  const fuller = target.type === 'PERSON' && !/\s/.test(target.name) && /\s/.test(e.name)
  if (!fuller && addsNothing(target, e)) return target
  return {
    ...target,
    name: fuller ? e.name : target.name,
    aliases: [...new Set([...target.aliases, ...e.aliases])],
    country: target.country ?? e.country,
    sector: target.sector ?? e.sector,
    role: target.role ?? e.role,
  }
}

/** Merging `e` would leave `target` as it is (its aliases already distinct and holding e's). */
function addsNothing(target: Entity, e: Entity): boolean {
  if (target.country == null && e.country != null) return false
  if (target.sector == null && e.sector != null) return false
  if (target.role == null && e.role != null) return false
  const have = new Set(target.aliases)
  return have.size === target.aliases.length && e.aliases.every((a) => have.has(a))
}
