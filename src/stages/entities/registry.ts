import type { Entity } from '../../core/model.js'

// TODO(#4): transliteration-aware matching across documents (phonetic key + context).
/**
 * Corpus-wide entity registry: merges each document's entities into stable corpus entities.
 * `add` returns, for each document-local id, the corpus entity it joined.
 */
export class EntityRegistry {
  private readonly byId = new Map<string, Entity>()

  constructor(existing: readonly Entity[] = []) {
    for (const e of existing) this.byId.set(e.id, e)
  }

  add(entities: readonly Entity[]): Map<string, Entity> {
    const out = new Map<string, Entity>()
    for (const e of entities) {
      const prev = this.byId.get(e.id)
      const merged: Entity = prev
        ? {
            ...prev,
            aliases: [...new Set([...prev.aliases, ...e.aliases])],
            country: prev.country ?? e.country,
            sector: prev.sector ?? e.sector,
            role: prev.role ?? e.role,
          }
        : e
      this.byId.set(e.id, merged)
      out.set(e.id, merged)
    }
    return out
  }

  all(): Entity[] {
    return [...this.byId.values()]
  }
}
