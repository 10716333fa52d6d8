import type { Entity, Mention } from '../../core/model.js'
import type { Stage } from '../../core/pipeline.js'
import { buildStateLexicon, type StateMentionKind } from './state-lexicon.js'
import { tokenize } from './tokenize.js'

/** How an entity is named in a mention: by name, or for states by adjective, capital or seat. */
export type MentionKind = StateMentionKind | 'surname'

/** A mention with how it names its entity (`Kazakh` is a demonym of KAZ, `Kremlin` a metonym). */
export interface EntityMention extends Mention {
  readonly kind: MentionKind
}

/** Entities of one document and where they occur. Ids are corpus-stable slugs or ISO3 codes. */
export interface DocEntities {
  readonly entities: readonly Entity[]
  /** In text order; spans are half-open UTF-16 ranges into `Doc.text`, never overlapping. */
  readonly mentions: readonly EntityMention[]
}

declare module '../../core/doc.js' {
  interface DocData {
    entities: DocEntities
  }
}

/**
 * Entity stage: states and IGOs (names, adjectives, capitals, seats of government), people,
 * organisations and places, with affiliation from titles and context. Lexicons load once here.
 */
export function entities(): Stage<'entities', 'sentences'> {
  const states = buildStateLexicon()
  return {
    name: 'entities',
    needs: ['sentences'],
    run: (_input, ctx) => {
      const tokens = tokenize(ctx.text)
      const found = new Map<string, { entity: Entity; aliases: Set<string> }>()
      const mentions: EntityMention[] = []
      for (let i = 0; i < tokens.length; i++) {
        const m = states.phrases.matchAt(tokens, i)
        if (!m) continue
        const { id, type, kind } = m.value
        const first = tokens[m.start]!
        const last = tokens[m.end - 1]!
        const text = ctx.text.slice(first.start, last.end)
        const slot = found.get(id) ?? {
          entity: {
            id,
            type,
            name: states.names.get(id) ?? text,
            aliases: [],
            country: type === 'COUNTRY' ? id : null,
            sector: type === 'IGO' ? 'IGO' : null,
            role: null,
          },
          aliases: new Set<string>(),
        }
        slot.aliases.add(text)
        found.set(id, slot)
        mentions.push({ entity: id, span: { start: first.start, end: last.end }, text, kind })
        i = m.end - 1
      }
      const list = [...found.values()].map(({ entity, aliases }) => ({
        ...entity,
        aliases: [...new Set([entity.name, ...aliases])],
      }))
      return { entities: list, mentions }
    },
  }
}
