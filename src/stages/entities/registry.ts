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
  /** People by the first letter of their surname key (the only letter surnamesMatch lets vary is an initial Z). */
  private readonly persons = new Map<string, PersonKeys[]>()
  private readonly orgNames = new Map<string, string>()

  constructor(existing: readonly Entity[] = []) {
    for (const e of existing) this.put(e)
  }

  /** Adds one document's entities; returns, for each document-local id, the corpus entity it joined. */
  add(entities: readonly Entity[]): Map<string, Entity> {
    const out = new Map<string, Entity>()
    for (const e of entities) {
      const target = this.find(e)
      const merged = target ? mergeInto(target, e) : { ...e, id: this.freshId(e) }
      this.put(merged)
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
    for (const a of [e.name, ...e.aliases]) {
      const id = this.orgNames.get(`${e.type}:${normName(a)}`)
      const hit = id ? this.byId.get(id) : undefined
      if (hit && !clash(hit.country, e.country)) return hit
    }
    return undefined
  }

  private findPerson(e: Entity): Entity | undefined {
    const k = personKeys(e)
    const first = k.surname[0] ?? ''
    const buckets = [first, first === 'z' ? (k.surname[1] ?? '') : 'z']
    const cands = buckets
      .flatMap((b) => this.persons.get(b) ?? [])
      .filter((p) => surnamesMatch(p.surname, k.surname))
      .map((p) => ({ p, ent: this.byId.get(p.id) as Entity }))
      .filter(({ ent }) => ent.type === 'PERSON' && !clash(ent.country, e.country))
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
      for (const a of [e.name, ...e.aliases])
        if (a.length > 5 || /\s/.test(a)) this.orgNames.set(`${e.type}:${normName(a)}`, e.id)
    }
  }

  private freshId(e: Entity): string {
    if (e.type === 'COUNTRY' || e.type === 'IGO') return e.id
    const base = slugify(anyAscii(e.name)) || 'entity'
    let id = base
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`
    return id
  }
}

function personKeys(e: Entity): Omit<PersonKeys, 'id'> {
  const words = e.name.split(/\s+/).filter(Boolean)
  return { surname: nameKey(words.at(-1) ?? ''), given: givenKey(words.slice(0, -1)) }
}

const clash = (a: string | null, b: string | null): boolean => !!(a && b && a !== b)

const normName = (s: string): string =>
  anyAscii(s)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

function mergeInto(target: Entity, e: Entity): Entity {
  const fuller = target.type === 'PERSON' && !/\s/.test(target.name) && /\s/.test(e.name)
  return {
    ...target,
    name: fuller ? e.name : target.name,
    aliases: [...new Set([...target.aliases, ...e.aliases])],
    country: target.country ?? e.country,
    sector: target.sector ?? e.sector,
    role: target.role ?? e.role,
  }
}
