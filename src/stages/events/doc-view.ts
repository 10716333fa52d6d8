import type { EntityId } from '../../core/ids.js'
import type { ActorCode, Entity, Mention, Quote, Sentence } from '../../core/model.js'
import { firstClauseEnd, splitClauses, type Clause } from './clauses.js'
import { groupMentions, type MentionGroup, type Party } from './noun-groups.js'
import { tokenize, type Token } from './tokenize.js'

/** A sentence prepared once for coding: tokens, mention groups and clauses. */
export interface SentenceView {
  readonly sentence: Sentence
  readonly tokens: readonly Token[]
  readonly groups: readonly MentionGroup[]
  readonly clauses: readonly Clause[]
  /** Token index where the first clause ends (`clauses[0].end`). */
  readonly mainEnd: number
  /** Mentions inside the sentence, in text order. */
  readonly mentions: readonly Mention[]
}

// Clauses are split on first use: only sentences with a trigger or a denial verb read them, and
// the others need only where the first clause ends (issue #8).
class LazySentenceView implements SentenceView {
  readonly sentence: Sentence
  readonly tokens: readonly Token[]
  readonly groups: readonly MentionGroup[]
  readonly mentions: readonly Mention[]
  private split: Clause[] | null = null

  constructor(
    sentence: Sentence,
    tokens: readonly Token[],
    groups: readonly MentionGroup[],
    mentions: readonly Mention[],
  ) {
    this.sentence = sentence
    this.tokens = tokens
    this.groups = groups
    this.mentions = mentions
  }

  get clauses(): readonly Clause[] {
    return (this.split ??= splitClauses(this.tokens))
  }

  get mainEnd(): number {
    return this.split ? (this.split[0] as Clause).end : firstClauseEnd(this.tokens)
  }
}

/** Everything the coder reads about one document, built in one pass over its sentences. */
export interface DocView {
  readonly sentences: readonly SentenceView[]
  readonly entityById: ReadonlyMap<EntityId, Entity>
  readonly quotes: readonly Quote[]
  /** The state the document is mostly about (most mentioned), used for "the country". */
  readonly topic: ActorCode | null
  /** Person parties in text order, with the UTF-16 offset where they are named. */
  readonly persons: ReadonlyArray<{ readonly at: number; readonly party: Party }>
}

/** Word lists that tell a mention group naming no party ("Canadian citizenship", "pro-Iranian"). */
export interface GroupFilters {
  readonly attributeNouns: ReadonlySet<string>
  readonly allegiance: RegExp
  readonly origin: RegExp
}

function isParty(g: MentionGroup, tokens: readonly Token[], filters: GroupFilters): boolean {
  // "holds Canadian citizenship", "of Chechen origin": a demonym naming an attribute.
  if (g.demonym && filters.attributeNouns.has(tokens[g.end]?.lower ?? '')) return false
  // "a Chinese-built pipeline", "a Russian-born banker": where it comes from, not who acts.
  return !(g.end - g.first === 1 && filters.origin.test(tokens[g.first]?.text ?? ''))
}

// "the pro-Iranian group", "Syrian-backed militias": an allegiance in one hyphenated word. Such a
// subject is not of that state, but "does not recognise pro-Russian rebel areas" targets it.
function isAllegiance(g: MentionGroup, tokens: readonly Token[], filters: GroupFilters): boolean {
  return g.end - g.first === 1 && filters.allegiance.test(tokens[g.first]?.text ?? '')
}

/** Builds the document view: mentions are assigned to sentences in one merged pass. */
export function buildDocView(
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  title: string | null = null,
  filters: GroupFilters = { attributeNouns: new Set(), allegiance: /^$/, origin: /^$/ },
): DocView {
  const entityById = new Map(entities.map((e) => [e.id, e]))
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start)
  const counts = new Map<ActorCode, number>()
  const views: SentenceView[] = []
  const persons: Array<{ at: number; party: Party }> = []
  let m = 0
  for (const sentence of sentences) {
    while (m < sorted.length && (sorted[m]?.span.start ?? 0) < sentence.span.start) m++
    const inside: Mention[] = []
    for (let k = m; k < sorted.length; k++) {
      const mention = sorted[k]
      if (!mention || mention.span.start >= sentence.span.end) break
      inside.push(mention)
      const e = entityById.get(mention.entity)
      if (e?.type === 'COUNTRY') {
        const code = e.country ?? e.id
        counts.set(code, (counts.get(code) ?? 0) + 1)
      }
    }
    const tokens = tokenize(sentence.text, sentence.span.start)
    const groups: MentionGroup[] = []
    // Most sentences name no one: no grouping, filtering or person scan for them.
    if (inside.length)
      for (const found of groupMentions(tokens, inside, entityById)) {
        if (!isParty(found, tokens, filters)) continue
        const g = isAllegiance(found, tokens, filters) ? { ...found, allegiance: true } : found
        groups.push(g)
        for (const p of g.parties)
          if (p.kind === 'PERSON') persons.push({ at: tokens[g.first]?.start ?? 0, party: p })
      }
    views.push(new LazySentenceView(sentence, tokens, groups, inside))
  }
  let topic: ActorCode | null = title ? titleState(title, entities) : null
  let best = 0
  if (!topic) for (const [code, n] of counts) if (n > best) [topic, best] = [code, n]
  return { sentences: views, entityById, quotes, topic, persons }
}

/**
 * The state a headline is about: the first state it names, skipping possessives ("Russia's threat
 * to Kazakhstan" is about Kazakhstan).
 */
function titleState(title: string, entities: readonly Entity[]): ActorCode | null {
  // Plain searches, not a RegExp per alias per document: this ran for every document (#8 profile).
  const lower = title.toLowerCase()
  let best: { at: number; code: ActorCode } | null = null
  for (const e of entities) {
    if (e.type !== 'COUNTRY') continue
    for (const alias of e.aliases) {
      const at = firstWholeWord(lower, alias.toLowerCase())
      if (at >= 0 && (!best || at < best.at)) best = { at, code: e.country ?? e.id }
    }
  }
  return best?.code ?? null
}

const WORD_CHAR = /[\p{L}\p{N}_]/u

/** First index of `word` in `text` as a whole word not followed by a possessive 's, or -1. */
function firstWholeWord(text: string, word: string): number {
  if (!word) return -1
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length
    const before = text[at - 1] ?? ''
    const after = text[end] ?? ''
    const possessive = (after === "'" || after === '\u2019') && text[end + 1] === 's'
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after) && !possessive) return at
  }
  return -1
}

/** The last person named before UTF-16 offset `at` (for "he"/"she"). */
export function lastPersonBefore(view: DocView, at: number): Party | null {
  let found: Party | null = null
  for (const p of view.persons) {
    if (p.at >= at) break
    found = p.party
  }
  return found
}

/** The quote whose span covers offset `at`, if any. */
export function quoteAt(view: DocView, at: number): Quote | undefined {
  return view.quotes.find((q) => q.span.start <= at && at < q.span.end)
}
