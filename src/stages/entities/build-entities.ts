import type { Entity } from '../../core/model.js'
import type { DocEntities, EntityMention } from './index.js'
import { nameSlug } from './name-slug.js'
import type { PersonCluster } from './person-cluster.js'
import { withName } from './person-cluster.js'
import type { Token } from './tokenize.js'

/** A non-person entity of one document being resolved: what it is, its aliases and mentions. */
export interface Slot {
  entity: Omit<Entity, 'aliases' | 'id'> & { id?: string }
  aliases: Set<string>
  /** Token ranges. */
  mentions: Array<{ start: number; end: number; kind: EntityMention['kind'] }>
}

/**
 * The document's entities (people first, then the other slots, each once) with ids unique in the
 * document, and their mentions in text order with overlapping ones dropped.
 */
export function buildEntities(
  text: string,
  tokens: readonly Token[],
  persons: readonly PersonCluster[],
  slots: ReadonlyMap<string, Slot>,
): DocEntities {
  const entities: Entity[] = []
  const mentions: EntityMention[] = []
  const used = new Set<string>()
  const idOf = (e: { id?: string; name: string }): string => {
    let id = e.id ?? nameSlug(e.name)
    if (!e.id) for (let n = 2; used.has(id); n++) id = `${nameSlug(e.name)}-${n}`
    used.add(id)
    return id
  }
  const emit = (id: string, ms: Slot['mentions']) => {
    for (const x of ms) {
      const start = (tokens[x.start] as Token).start
      const end = (tokens[x.end - 1] as Token).end
      mentions.push({
        entity: id,
        span: { start, end },
        text: text.slice(start, end),
        kind: x.kind,
      })
    }
  }
  // Entities are written as literals with the key order the spreads `{ ...entity, aliases }`
  // and `{ ...that, id }` gave (an id the slot had stays first): spreading objects of several
  // shapes was a visible share of the stage (issue #8).
  for (const p of persons) {
    const e = p.toEntity()
    const id = idOf(e)
    const { type, name, aliases, country, sector, role } = e
    entities.push({ type, name, aliases, country, sector, role, id })
    emit(id, p.mentions)
  }
  for (const sl of new Set(slots.values())) {
    const e = sl.entity
    const aliases = withName(e.name, sl.aliases)
    const id = idOf(e)
    const { type, name, country, sector, role } = e
    entities.push(
      e.id === undefined
        ? { type, name, country, sector, role, aliases, id }
        : { id, type, name, country, sector, role, aliases },
    )
    emit(id, sl.mentions)
  }
  mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  const clean = mentions.filter(
    (m, k) => k === 0 || m.span.start >= (mentions[k - 1] as EntityMention).span.end,
  )
  return { entities, mentions: clean }
}
