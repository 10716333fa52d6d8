import type { Entity, Mention, Sentence } from '../../core/model.js'
import type { Stage } from '../../core/pipeline.js'
import type { SentenceRange } from './affiliation.js'
import { authorAffiliations } from './author-bio.js'
import { loadLexicons } from './lexicons.js'
import { recognise } from './recognise.js'
import { resolveDocument } from './resolve.js'
import type { StateMentionKind } from './state-lexicon.js'
import { tokenize, type Token } from './tokenize.js'

/** How a mention names its entity: by name or surname, or for states by adjective, capital or seat. */
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
 * organisations and places, with affiliation from titles and context, resolved within the
 * document. Lexicons and the gazetteer load once, here.
 */
export function entities(): Stage<'entities', 'sentences'> {
  const lx = loadLexicons()
  return {
    name: 'entities',
    needs: ['sentences'],
    run: (input, ctx) => {
      const tokens = tokenize(ctx.text)
      const ranges = sentenceRanges(tokens, input.sentences)
      const raw = recognise(lx, tokens, ranges)
      const { authors, authorNotes } = ctx.meta
      const bios = authorNotes?.length ? authorAffiliations(lx, authors, authorNotes) : undefined
      return resolveDocument(lx, ctx.text, tokens, ranges, raw, authors, bios)
    },
  }
}

/** Token ranges of the sentences; tokens outside every sentence form their own ranges. */
export function sentenceRanges(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): SentenceRange[] {
  const out: SentenceRange[] = []
  let k = 0
  for (const s of sentences) {
    const from = k
    while (k < tokens.length && (tokens[k] as Token).start < s.span.start) k++
    if (k > from) out.push({ start: from, end: k, paragraph: s.paragraph })
    const start = k
    while (k < tokens.length && (tokens[k] as Token).end <= s.span.end) k++
    if (k > start) out.push({ start, end: k, paragraph: s.paragraph })
  }
  if (k < tokens.length)
    out.push({ start: k, end: tokens.length, paragraph: (sentences.at(-1)?.paragraph ?? -1) + 1 })
  return out
}
