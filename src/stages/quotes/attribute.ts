import type { EntityId } from '../../core/ids.js'
import type { Entity, Mention } from '../../core/model.js'
import type { PhraseSet } from '../events/phrases.js'
import { tokenize, type Token } from '../events/tokenize.js'

/** Attribution cues compiled once: verbs, nouns and phrases that introduce a quote. */
export interface Cues {
  readonly verbs: PhraseSet
  readonly nouns: PhraseSet
  readonly titles: ReadonlySet<string>
}

/** The speaker found for a quote. */
export interface Attribution {
  readonly speaker: EntityId | null
  readonly speakerName: string | null
  readonly cue: string | null
}

/** What attribution reads about the document. */
export interface AttributionContext {
  readonly text: string
  readonly mentions: readonly Mention[]
  readonly entityById: ReadonlyMap<EntityId, Entity>
}

const PERSONAL = new Set(['he', 'she'])
const ROLE_NOUNS = new Set([
  'expert',
  'analyst',
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'president',
  'general',
  'leader',
  'deputy',
  'diplomat',
  'lawmaker',
  'senator',
  'author',
])
const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'IGO'])

// "head of state", "the report": a verb cue after a determiner is a noun, not an attribution.
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'of',
  "'s",
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
])

const ARTICLES = new Set(['a', 'an', 'the', 'one'])
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'from',
  'with',
  'for',
  'by',
  'of',
  'after',
  'during',
  'to',
  'into',
  'under',
])

// A noun phrase opened by an article before the cue ("An observer in …", "the ministry"), not
// inside a prepositional phrase ("In a clip posted …"): the clause has a subject, so a name
// right after the cue does not name the speaker.
function unnamedSubject(tokens: readonly Token[], cueIndex: number): boolean {
  for (let i = 0; i + 1 < cueIndex; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1] as Token
    if (!ARTICLES.has(t.lower) || !next.isWord || /^\p{Lu}/u.test(next.text)) continue
    if (!PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) return true
  }
  return false
}

// "the president", "the spokeswoman" before the cue word.
function definiteRole(tokens: readonly Token[], cueIndex: number): boolean {
  return tokens
    .slice(0, cueIndex)
    .some((t, i) => ROLE_NOUNS.has(t.lower) && tokens[i - 1]?.lower === 'the')
}

/**
 * "Asked whether …, X replied:" / "In an interview, X insisted that “…”": a cue that opens the
 * stretch and is closed off by a comma belongs to an introductory phrase; the clause's own cue
 * follows the comma and is the one whose subject speaks.
 */
function withoutOpeningPhrase(tokens: readonly Token[], hits: CueHit[]): CueHit[] {
  const [first, second] = hits
  if (!first || !second || first.index !== 0) return hits
  for (let i = first.index + first.length; i < second.index; i++)
    if ((tokens[i] as Token).text === ',') return hits.slice(1)
  return hits
}

interface CueHit {
  readonly index: number
  readonly length: number
  readonly isNoun: boolean
}

function cuesIn(tokens: readonly Token[], cues: Cues): CueHit[] {
  const out: CueHit[] = []
  for (let i = 0; i < tokens.length; i++) {
    const v = DETERMINERS.has(tokens[i - 1]?.lower ?? '') ? 0 : cues.verbs.lengthAt(tokens, i)
    const n = v > 0 ? 0 : cues.nouns.lengthAt(tokens, i)
    if (v > 0 || n > 0) {
      out.push({ index: i, length: v || n, isNoun: v === 0 })
      i += (v || n) - 1
    }
  }
  return out
}

function speakerMentions(ctx: AttributionContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter(
    (m) =>
      m.span.start >= from &&
      m.span.end <= to &&
      SPEAKER_TYPES.has(ctx.entityById.get(m.entity)?.type ?? ''),
  )
}

const isPerson = (ctx: AttributionContext, m: Mention) =>
  ctx.entityById.get(m.entity)?.type === 'PERSON'

function lastPersonBefore(ctx: AttributionContext, at: number): Mention | undefined {
  let found: Mention | undefined
  for (const m of ctx.mentions) {
    if (m.span.start >= at) break
    if (isPerson(ctx, m)) found = m
  }
  return found
}

// A capitalised name run right after or before the cue, when the entity stage named no one.
function nameNear(tokens: readonly Token[], from: number, step: 1 | -1): string | null {
  const words: string[] = []
  for (let i = from; i >= 0 && i < tokens.length && words.length < 4; i += step) {
    const t = tokens[i] as Token
    if (!t.isWord || !/^\p{Lu}/u.test(t.text)) break
    if (step === 1) words.push(t.text)
    else words.unshift(t.text)
  }
  return words.length ? words.join(' ') : null
}

const found = (m: Mention, cue: string | null): Attribution => ({
  speaker: m.entity,
  speakerName: m.text,
  cue,
})

/** Attribution after the quote: ", said X" / ", X said" / "X says in the video". */
export function attributeAfter(
  ctx: AttributionContext,
  from: number,
  to: number,
  cues: Cues,
): Attribution | null {
  const slice = ctx.text.slice(from, to)
  if (!/^\s*[,.]?\s*[–—-]?\s*\S/.test(slice)) return null
  const tokens = tokenize(slice, from).slice(0, 12)
  const cue = cuesIn(tokens, cues)[0]
  if (!cue || cue.isNoun || cue.index > 8) return null
  const cueTok = tokens[cue.index] as Token
  const cueText = tokens
    .slice(cue.index, cue.index + cue.length)
    .map((t) => t.text)
    .join(' ')
  const before = speakerMentions(ctx, from, cueTok.start)
  const last = before[before.length - 1]
  if (last) return found(last, cueText)
  const afterEnd = tokens[Math.min(tokens.length - 1, cue.index + cue.length + 5)]?.end ?? to
  const after = speakerMentions(ctx, cueTok.end, afterEnd)
  if (after[0]) return found(after[0], cueText)
  const pron = tokens.slice(0, cue.index).find((t) => PERSONAL.has(t.lower))
  if (pron) {
    const p = lastPersonBefore(ctx, pron.start)
    if (p) return found(p, cueText)
  }
  // "…,” the minister said: a role named with "the" refers back to the person last named.
  if (definiteRole(tokens, cue.index)) {
    const p = lastPersonBefore(ctx, from)
    if (p) return found(p, cueText)
  }
  const name = nameNear(tokens, cue.index - 1, -1) ?? nameNear(tokens, cue.index + cue.length, 1)
  return name ? { speaker: null, speakerName: name, cue: cueText } : null
}

/**
 * Attribution before the quote: "X said:", "X said that", "according to X", "its declaration:".
 * The first cue takes the subject of its clause; later cues only a pronoun right before them
 * ("…, he recalled that “…”"), so that names inside a reported clause are not taken as speakers.
 */
export function attributeBefore(
  ctx: AttributionContext,
  from: number,
  to: number,
  cues: Cues,
): Attribution | null {
  const tokens = tokenize(ctx.text.slice(from, to), from)
  const hits = withoutOpeningPhrase(tokens, cuesIn(tokens, cues))
  for (const [k, cue] of hits.entries()) {
    const cueTok = tokens[cue.index] as Token
    const cueText = tokens
      .slice(cue.index, cue.index + cue.length)
      .map((t) => t.text)
      .join(' ')
    // The first cue may take a pronoun subject anywhere before it; later cues only right before.
    const lead = tokens.slice(k === 0 ? 0 : Math.max(0, cue.index - 3), cue.index)
    const pron = lead.find((t) => PERSONAL.has(t.lower))
    if (pron) {
      const p = lastPersonBefore(ctx, pron.start)
      if (p) return found(p, cueText)
    }
    if (k > 0) continue
    const subject = speakerMentions(ctx, from, cueTok.start)
    const person = subject.find((m) => isPerson(ctx, m))
    if (person) return found(person, cueText)
    if (definiteRole(tokens, cue.index)) {
      const p = lastPersonBefore(ctx, cueTok.start)
      if (p) return found(p, cueText)
    }
    const org = subject[subject.length - 1]
    if (org) return found(org, cueText)
    // "a message from X …: “…”": a speech noun names its speaker around it.
    if (cue.isNoun) {
      const near = speakerMentions(ctx, from, to)
      const named = near.find((m) => isPerson(ctx, m)) ?? near[0]
      if (named) return found(named, cueText)
    }
    // "An observer … said X humiliated Y: “…”": an unnamed subject spoke; X is inside what
    // they said, not the speaker.
    if (unnamedSubject(tokens, cue.index)) return null
    // "said X" / "according to X" after the cue.
    const afterEnd = tokens[Math.min(tokens.length - 1, cue.index + cue.length + 5)]?.end ?? to
    const after = speakerMentions(ctx, cueTok.end, afterEnd)
    if (after[0]) return found(after[0], cueText)
  }
  return null
}
