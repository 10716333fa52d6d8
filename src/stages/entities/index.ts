import countries from 'i18n-iso-countries'
import type { Stage } from '../../core/pipeline.js'
import type { Entity, Mention } from '../../core/model.js'

/** Entities of one document and where they occur. Ids are corpus-stable slugs or ISO3 codes. */
export interface DocEntities {
  readonly entities: readonly Entity[]
  /** Spans are half-open UTF-16 ranges into `Doc.text`. */
  readonly mentions: readonly Mention[]
}

declare module '../../core/doc.js' {
  interface DocData {
    entities: DocEntities
  }
}

// TODO(#4): proper-noun runs, titles, gazetteer, transliteration-aware resolution.
/** Minimal entity stage: country names only. */
export function entities(): Stage<'entities', 'sentences'> {
  const names = countries.getNames('en', { select: 'official' })
  const byName = new Map<string, string>()
  for (const [a2, name] of Object.entries(names))
    byName.set(name, countries.alpha2ToAlpha3(a2) ?? a2)
  const re = new RegExp(`\\b(${[...byName.keys()].map(escape).join('|')})\\b`, 'g')
  return {
    name: 'entities',
    needs: ['sentences'],
    run: (_input, ctx) => {
      const found = new Map<string, Entity>()
      const mentions: Mention[] = []
      for (const m of ctx.text.matchAll(re)) {
        const code = byName.get(m[0])
        if (!code) continue
        found.set(code, {
          id: code,
          type: 'COUNTRY',
          name: m[0],
          aliases: [m[0]],
          country: code,
          sector: null,
          role: null,
        })
        mentions.push({
          entity: code,
          span: { start: m.index, end: m.index + m[0].length },
          text: m[0],
        })
      }
      return { entities: [...found.values()], mentions }
    },
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
