import { readFileSync } from 'node:fs'
import type { Quote, Sentence } from '../../core/model.js'
import type { Stage } from '../../core/pipeline.js'
import { PhraseSet } from '../events/phrases.js'
import { tokenize } from '../events/tokenize.js'
import {
  attributeAfter,
  attributeBefore,
  type Attribution,
  type AttributionContext,
  type Cues,
} from './attribute.js'
import { findQuoteSpans } from './find-quote-spans.js'

declare module '../../core/doc.js' {
  interface DocData {
    quotes: readonly Quote[]
  }
}

/** Options of the quote stage. */
export interface QuotesOptions {
  /** Fewest words a quoted passage needs; shorter ones are scare quotes. @default 3 */
  readonly minWords?: number
}

interface CueFile {
  verbs: string[]
  nouns: string[]
  phrases: string[]
  titles: string[]
}

/**
 * Finds direct quotes (straight and curly marks, across sentence breaks) and resolves each
 * speaker to an entity from the attribution before or after it. Scare quotes, titles and
 * quotes nobody is named for are left out. Spans are half-open UTF-16 ranges into `Doc.text`.
 */
export function quotes(options: QuotesOptions = {}): Stage<'quotes', 'sentences' | 'entities'> {
  const file = JSON.parse(
    readFileSync(new URL('./data/cues.json', import.meta.url), 'utf8'),
  ) as CueFile
  const irregular = new Map<string, string[]>([
    ['say', ['said']],
    ['tell', ['told']],
    ['write', ['wrote']],
    ['hit', []],
    ['lash', []],
  ])
  const cues: Cues = {
    verbs: new PhraseSet([...file.verbs, ...file.phrases], irregular),
    nouns: new PhraseSet(file.nouns, irregular),
    titles: new Set(file.titles),
  }
  const minWords = options.minWords ?? 3
  return {
    name: 'quotes',
    needs: ['sentences', 'entities'],
    run: (input, ctx) => {
      const mentions = [...input.entities.mentions].sort((a, b) => a.span.start - b.span.start)
      const actx: AttributionContext = {
        text: ctx.text,
        mentions,
        entityById: new Map(input.entities.entities.map((e) => [e.id, e])),
      }
      return findQuotes(actx, input.sentences, cues, minWords)
    },
  }
}

function findQuotes(
  ctx: AttributionContext,
  sentences: readonly Sentence[],
  cues: Cues,
  minWords: number,
): Quote[] {
  const out: Quote[] = []
  const spans = findQuoteSpans(ctx.text)
  let s = 0
  let previous: { quote: Quote; end: number } | null = null
  for (const [k, span] of spans.entries()) {
    const words = ctx.text.slice(span.start, span.end).trim().split(/\s+/).filter(Boolean)
    if (words.length < minWords) continue
    while (s + 1 < sentences.length && (sentences[s + 1]?.span.start ?? Infinity) <= span.start) s++
    const sentence = sentences[s]
    const sStart = Math.min(sentence?.span.start ?? 0, span.start - 1)
    if (isTitle(ctx.text, sStart, span.start - 1, cues)) continue
    const after = findEnd(ctx.text, span, spans[k + 1]?.start ?? ctx.text.length)
    const before = Math.max(sStart, previous && previous.end > sStart ? previous.end + 1 : sStart)
    let who: Attribution | null =
      attributeAfter(ctx, span.end + 1, after, cues) ??
      attributeBefore(ctx, before, span.start - 1, cues)
    if (!who?.speaker && previous && continues(ctx.text, previous.end + 1, span.start - 1))
      who = {
        speaker: previous.quote.speaker,
        speakerName: previous.quote.speakerName,
        cue: who?.cue ?? previous.quote.cue,
      }
    if (!who || (!who.speaker && !who.speakerName)) continue
    const quote: Quote = {
      span: { start: span.start, end: span.end },
      text: ctx.text.slice(span.start, span.end),
      speaker: who.speaker,
      speakerName: who.speakerName,
      cue: who.cue,
      sentence: sentence?.index ?? 0,
    }
    out.push(quote)
    previous = { quote, end: span.end }
  }
  return withoutRepeats(out)
}

/**
 * Drops a fragment (not a whole sentence) whose words all appear in a longer quote of the same
 * speaker: a lede that excerpts the full quote further down is one utterance, one quote.
 */
function withoutRepeats(quotes: readonly Quote[]): Quote[] {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  const texts = quotes.map((q) => norm(q.text))
  return quotes.filter((q, i) => {
    const t = texts[i] as string
    // A whole sentence said twice may be two utterances; a fragment is the lede's excerpt.
    if (/[.!?]\s*$/.test(q.text)) return true
    return !quotes.some(
      (o, j) =>
        j !== i &&
        o.speaker === q.speaker &&
        o.speakerName === q.speakerName &&
        (texts[j] as string).length > t.length &&
        ` ${texts[j] as string} `.includes(` ${t} `),
    )
  })
}

// The attribution after a quote runs to the end of its sentence or line, or the next quote.
// A quote that ends its own sentence ("… here.” He then …) has no attribution after it.
function findEnd(text: string, span: { start: number; end: number }, nextQuote: number): number {
  const from = span.end + 1
  if (
    /[.!?]\s*$/.test(text.slice(span.start, span.end)) &&
    /^\s*\p{Lu}/u.test(text.slice(from, from + 4))
  )
    return from
  const stop = /[.!?\n]/g
  stop.lastIndex = from
  const m = stop.exec(text)
  return Math.min(m ? m.index : text.length, nextQuote)
}

// "a piece entitled ‘…’", "in a video titled “…”": a title, not speech.
function isTitle(text: string, from: number, to: number, cues: Cues): boolean {
  const tokens = tokenize(text.slice(Math.max(from, to - 40), to))
  return tokens.slice(-3).some((t) => cues.titles.has(t.lower))
}

// A second quote right after the first in the same stretch of text keeps its speaker.
function continues(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to)
  return between.length < 60 && !between.includes('\n')
}
