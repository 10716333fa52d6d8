import type { CodedEvent } from '../../core/model.js'
import type { Stage, StageContext } from '../../core/pipeline.js'
import type { DocEntities } from '../entities/index.js'
import { codeSentence, type RawEvent } from './code-sentence.js'
import { codeDenial, findDenial } from './denials.js'
import { buildDocView, type SentenceView } from './doc-view.js'
import { eventDate, type EventDate } from './event-date.js'
import { Antecedents } from './find-parties.js'
import { loadLexicon, type Lexicon } from './lexicon.js'
import { lastPair } from './pair-subject.js'

declare module '../../core/doc.js' {
  interface DocData {
    events: readonly CodedEvent[]
  }
}

/** Options of the event coder. */
export interface EventsOptions {
  /** Languages (ISO 639-3) that are coded; other documents get no events. @default ['eng', 'und'] */
  readonly languages?: readonly string[]
}

/**
 * The PLOVER event coder: codes each clause of each sentence into events with type, mode, actor,
 * recipient, status, date, place, score and evidence (the sentence text and its half-open UTF-16
 * span). Lexicons are loaded and compiled once, here.
 */
export function events(
  options: EventsOptions = {},
): Stage<'events', 'sentences' | 'entities' | 'quotes'> {
  const lex = loadLexicon()
  const languages = new Set(options.languages ?? ['eng', 'und'])
  return {
    name: 'events',
    needs: ['sentences', 'entities', 'quotes'],
    run: (input, ctx) => {
      if (!languages.has(ctx.meta.language)) return []
      return codeDocument(input.sentences, input.entities, input.quotes, ctx, lex)
    },
  }
}

function codeDocument(
  sentences: Parameters<typeof buildDocView>[0],
  entities: DocEntities,
  quotes: Parameters<typeof buildDocView>[3],
  ctx: StageContext,
  lex: Lexicon,
): CodedEvent[] {
  const view = buildDocView(
    sentences,
    entities.entities,
    entities.mentions,
    quotes,
    ctx.meta.title,
    lex,
  )
  const ante = new Antecedents()
  const raw: RawEvent[] = []
  const out: CodedEvent[] = []
  for (const sv of view.sentences) {
    const denial = findDenial(view, sv, lex, ante)
    const coded = codeSentence(view, sv, lex, ante, denial?.clause ?? -1)
    if (denial) {
      // "X accused Y of …, a charge Y rejected as fabrication": what comes before the denial in
      // its own sentence is denied too.
      const before = coded.filter((e) => e.head < denial.head)
      const e = codeDenial(denial, before.length ? [...raw, ...before] : raw, ante.previousSubject)
      if (e) coded.unshift(e)
    }
    raw.push(...coded)
    ante.lastPair = lastPair(coded, ante.lastPair)
    // One date per sentence: chrono is the costliest call of the stage (issue #8 profile), and
    // every event of a sentence shares its date.
    if (coded.length) {
      const when = eventDate(sv.sentence.text, ctx.meta.published)
      for (const e of coded) out.push(finish(e, sv, view.entityById, when, lex))
    }
    ante.previousSubject = ante.lastAny
  }
  return out
}

function finish(
  e: RawEvent,
  sv: SentenceView,
  entityById: ReadonlyMap<string, { type: string; name: string }>,
  when: EventDate,
  lex: Lexicon,
): CodedEvent {
  const placeMention = sv.mentions.find((m) => entityById.get(m.entity)?.type === 'PLACE')
  const place = placeMention
    ? (entityById.get(placeMention.entity)?.name ?? placeMention.text)
    : null
  const score =
    (e.mode ? lex.modeScores[`${e.type}:${e.mode}`] : undefined) ?? lex.typeScores[e.type] ?? 0
  return {
    type: e.type,
    mode: e.mode,
    actor: e.actor.code,
    recipient: e.recipient?.code ?? null,
    actorEntity: e.actor.entity,
    recipientEntity: e.recipient?.entity ?? null,
    status: e.status,
    reportedBy: e.reportedBy,
    date: when.date,
    datePrecision: when.precision,
    place,
    score,
    sentence: sv.sentence.index,
    span: sv.sentence.span,
    evidence: sv.sentence.text,
  }
}
