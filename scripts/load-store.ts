// Builds a large synthetic store for the load test (`npm run load`): documents written from the
// team's own sentence templates, with events, mentions, quotes, entities and claims inserted
// through the Store API (no pipeline run, so a 100k-event store takes seconds).
// Usage: node --import tsx scripts/load-store.ts --db FILE [--events 100000] [--per-doc 10]
import { parseArgs } from 'node:util'
import { docIdFor, shortHash } from '../src/core/ids.js'
import type { Claim, EventStatus, EventType, Entity } from '../src/core/model.js'
import { splitSentences } from '../src/stages/sentences/split-sentences.js'
import { SqliteStore } from '../src/store/sqlite/store.js'
import type { StoredDoc, StoredEvent } from '../src/store/store.js'
import { seededRandom, syntheticArticle } from '../test/helpers/synthetic-corpus.js'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    events: { type: 'string', default: '100000' },
    'per-doc': { type: 'string', default: '10' },
  },
})
if (!values.db) throw new Error('load-store: --db FILE is required')
const totalEvents = Number(values.events)
const perDoc = Number(values['per-doc'])
const docs = Math.ceil(totalEvents / perDoc)

const STATES = ['RUS', 'KAZ', 'ARM', 'AZE', 'BLR', 'CHN', 'UZB', 'KGZ', 'TJK', 'GEO', 'TUR', 'USA']
const IGOS = ['CSTO', 'EAEU', 'SCO', 'UN']
// PLOVER types with a typical conflict–cooperation score.
const TYPES: Array<[EventType, number]> = [
  ['AGREE', 3], ['CONSULT', 1], ['SUPPORT', 3], ['CONCEDE', 4], ['COOPERATE', 5], ['AID', 6],
  ['RETREAT', 4], ['REQUEST', -1], ['ACCUSE', -3], ['REJECT', -4], ['THREATEN', -6],
  ['PROTEST', -5], ['SANCTION', -7], ['MOBILIZE', -6], ['COERCE', -8], ['ASSAULT', -9],
] // prettier-ignore
const STATUSES: EventStatus[] = ['asserted', 'asserted', 'asserted', 'alleged', 'denied', 'hypothetical', 'negated'] // prettier-ignore
const rnd = seededRandom(2024)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
const dateOf = (): string => {
  const d = new Date(Date.UTC(2022, 0, 1) + Math.floor(rnd() * 3 * 365) * 86_400_000)
  return d.toISOString().slice(0, 10)
}

const entities = new Map<string, Entity>()
for (const code of STATES)
  entities.set(code, { id: code, type: 'COUNTRY', name: code, aliases: [code], country: code, sector: null, role: null }) // prettier-ignore
for (const code of IGOS)
  entities.set(code, { id: code, type: 'IGO', name: code, aliases: [code], country: null, sector: 'IGO', role: null }) // prettier-ignore
for (let i = 0; i < 300; i++)
  entities.set(`person-${i}`, {
    id: `person-${i}`,
    type: 'PERSON',
    name: `Person ${i}`,
    aliases: [`Person ${i}`, `P. ${i}`],
    country: pick(STATES),
    sector: pick(['GOV', 'MIL', 'LEG', 'MED', 'ANALYST'] as const),
    role: null,
  })
const entityIds = [...entities.keys()]

const store = new SqliteStore(values.db)
// A throwaway store: no fsync, and many documents per transaction (saveDoc nests as a savepoint).
store.db.pragma('synchronous = OFF')
let batch: StoredDoc[] = []
const flush = async (): Promise<void> => {
  const pending: Array<Promise<boolean>> = []
  store.db.transaction(() => batch.forEach((d) => pending.push(store.saveDoc(d))))()
  await Promise.all(pending)
  batch = []
}
await store.upsertEntities([...entities.values()])
const started = Date.now()
const byClaim = new Map<string, StoredEvent[]>()
let saved = 0
for (let n = 0; n < docs; n++) {
  const text = syntheticArticle(rnd, n)
  const id = docIdFor(text)
  const sentences = splitSentences(text)
  const published = dateOf()
  const events: StoredEvent[] = []
  for (let k = 0; k < perDoc && saved + events.length < totalEvents; k++) {
    const s = pick(sentences)
    // One event in eight is on the default watch's dyad, so the watch has material.
    const dyad = rnd() < 0.125 ? ['RUS', 'KAZ'] : [pick([...STATES, ...IGOS]), pick(STATES)]
    const [type, score] = pick(TYPES)
    const e: StoredEvent = {
      id: shortHash(`${id}:${k}`),
      doc: id,
      type,
      mode: null,
      actor: dyad[0] ?? null,
      recipient: dyad[1] ?? null,
      actorEntity: rnd() < 0.3 ? pick(entityIds) : (dyad[0] ?? null),
      recipientEntity: dyad[1] ?? null,
      status: pick(STATUSES),
      reportedBy: null,
      date: rnd() < 0.9 ? dateOf() : null,
      datePrecision: 'day',
      place: null,
      score,
      sentence: s.index,
      span: s.span,
      evidence: s.text,
    }
    events.push(e)
    const key = `${e.type}:${e.actor}:${e.recipient}:${(e.date ?? published).slice(0, 4)}`
    byClaim.set(key, [...(byClaim.get(key) ?? []), e])
  }
  saved += events.length
  const mentions = sentences.slice(0, 6).map((s) => ({
    entity: pick(entityIds),
    span: { start: s.span.start, end: s.span.start + Math.min(5, s.text.length) },
    text: s.text.slice(0, Math.min(5, s.text.length)),
  }))
  const quotes = sentences.slice(1, 3).map((s) => ({
    span: s.span,
    text: s.text,
    speaker: rnd() < 0.7 ? pick(entityIds) : null,
    speakerName: null,
    cue: 'said',
    sentence: s.index,
  }))
  batch.push({
    id,
    source: { uri: `https://load.example/${n}`, file: `load-${n}.txt`, fetchedAt: `${published}T06:00:00.000Z`, kind: 'text' }, // prettier-ignore
    meta: { title: text.split('\n\n')[2] ?? null, published, authors: [], publisher: text.split('\n\n')[0] ?? null, language: 'eng', url: null, origin: null }, // prettier-ignore
    text,
    diagnostics: [],
    duplicateOf: null,
    bands: [],
    sentences,
    mentions: mentions.filter((m) => m.span.end > m.span.start),
    events,
    quotes,
  })
  if (batch.length >= 500) await flush()
}
await flush()

const claims: Claim[] = [...byClaim.values()].map((evs) => {
  const first = evs[0] as StoredEvent
  const dates = evs
    .map((e) => e.date ?? '')
    .filter(Boolean)
    .sort()
  return {
    id: shortHash(`claim:${first.type}:${first.actor}:${first.recipient}:${first.id}`),
    type: first.type,
    actor: first.actor,
    recipient: first.recipient,
    actorEntity: first.actorEntity,
    status: evs.length > 2 ? 'corroborated' : 'single-source',
    independentSources: Math.min(evs.length, 5),
    score: first.score,
    firstSeen: dates[0] ?? null,
    lastSeen: dates.at(-1) ?? null,
    summary: `${first.actor} ${first.type} ${first.recipient}`,
    mentions: evs.slice(0, 20).map((e) => ({
      doc: e.doc,
      source: `https://load.example/${e.doc}`,
      publisher: null,
      status: e.status,
      evidence: e.evidence,
      eventId: e.id,
      date: e.date,
      origin: e.doc,
    })),
  }
})
await store.replaceClaims(claims, (await store.claimsBasis()).latest)
const counts = await store.counts()
await store.close()
console.log(JSON.stringify({ ...counts, seconds: Math.round((Date.now() - started) / 100) / 10 }))
