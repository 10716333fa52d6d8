import type { Entity } from '../core/model.js'
import type { Store } from '../store/store.js'

/** Entities read per query. */
const PAGE = 5000

/**
 * Every entity of the store, page by page, for the writer's registry: a registry that saw only
 * the first N entities would create a second "Aigul Serikbayeva" once a corpus outgrew N.
 */
export async function loadAllEntities(store: Store): Promise<Entity[]> {
  const out: Entity[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listEntities({ limit: PAGE, offset })
    for (const e of page)
      out.push({
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        country: e.country,
        sector: e.sector,
        role: e.role,
      })
    if (page.length < PAGE) return out
  }
}
