import { fileURLToPath } from 'node:url'
import type { EventType } from '../../src/core/model.js'
import { readSources } from '../../src/ingest/read-sources.js'
import { standardPipeline } from '../../src/presets.js'
import { openStore, type Store, type StoredDoc } from '../../src/store/store.js'
import { ingest, rebuildClaims } from '../../src/workflows/ingest.js'

/** The team's example corpus (examples/README.md). */
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))

/** Text the reader must show as text; if any of it ran, it would set `window.__pwned`. */
export const HOSTILE_TEXT =
  'A reader pasted this under the story: <script>window.__pwned = "script"</script> ' +
  '<img src=x onerror="window.__pwned = \'img\'"> <a href="javascript:window.__pwned=\'link\'">see more</a>.'

interface FixtureSpec {
  readonly id: string
  readonly publisher: string
  readonly published: string
  readonly title: string
  readonly paragraphs: readonly (readonly string[])[]
  /** The sentence (by text) that carries the event, and the event. */
  readonly event: { readonly sentence: string; readonly type: EventType; readonly score: number }
}

// Two outlets of our own invention report the same warning in their own words, so that a
// corroborated claim exists whatever the event coder finds in the example corpus.
const FIXTURES: readonly FixtureSpec[] = [
  {
    id: 'fixture-harbour',
    publisher: 'Harbour Dispatch',
    published: '2022-06-20',
    title: 'Moscow lawmaker warns Astana over recognition stance',
    paragraphs: [
      [
        'A senior Russian lawmaker warned Kazakhstan on Monday that refusing to recognise the breakaway regions would cost it dearly in trade.',
        'Officials in Astana said the country would keep its position.',
      ],
      [HOSTILE_TEXT, 'The comment was removed an hour later.'],
    ],
    event: { sentence: 'A senior Russian lawmaker', type: 'THREATEN', score: -6 },
  },
  {
    id: 'fixture-lakeside',
    publisher: 'Lakeside Courier',
    published: '2022-06-21',
    title: 'Russia threatens trade pressure on Kazakhstan',
    paragraphs: [
      [
        'Russia threatened Kazakhstan with trade pressure after Astana declined to recognise the separatist republics, a Duma deputy told reporters.',
        'The Kazakh foreign ministry did not reply to questions.',
      ],
    ],
    event: { sentence: 'Russia threatened Kazakhstan', type: 'THREATEN', score: -6 },
  },
]

function fixtureDoc(f: FixtureSpec): StoredDoc {
  const paragraphs = f.paragraphs.map((p) => p.join(' '))
  const text = paragraphs.join('\n\n')
  let at = 0
  const sentences = f.paragraphs
    .flatMap((p, paragraph) =>
      p.map((s) => {
        const start = text.indexOf(s, at)
        at = start + s.length
        return { index: 0, span: { start, end: at }, text: s, paragraph }
      }),
    )
    .map((s, index) => ({ ...s, index }))
  const mentions = [...text.matchAll(/\b(Kazakhstan|Astana|Russia|Russian)\b/g)].map((m) => ({
    entity: /^Russia/.test(m[0]) ? 'RUS' : 'KAZ',
    span: { start: m.index, end: m.index + m[0].length },
    text: m[0],
  }))
  const s = sentences.find((x) => x.text.startsWith(f.event.sentence))
  if (!s) throw new Error(`fixture ${f.id}: no sentence starts with "${f.event.sentence}"`)
  return {
    id: f.id,
    source: {
      uri: `https://${f.publisher.toLowerCase().replace(/ /g, '-')}.example/${f.id}`,
      file: `${f.id}.txt`,
      fetchedAt: '2022-06-22T00:00:00.000Z',
      kind: 'text',
    },
    meta: {
      title: f.title,
      published: f.published,
      authors: [],
      publisher: f.publisher,
      language: 'eng',
      url: null,
      origin: null,
    },
    text,
    diagnostics: [],
    duplicateOf: null,
    bands: [`fixture:${f.id}`],
    sentences,
    mentions,
    events: [
      {
        id: `${f.id}-ev`,
        doc: f.id,
        type: f.event.type,
        mode: null,
        actor: 'RUS',
        recipient: 'KAZ',
        actorEntity: 'RUS',
        recipientEntity: 'KAZ',
        status: 'asserted',
        reportedBy: null,
        date: f.published,
        datePrecision: 'publication',
        place: null,
        score: f.event.score,
        sentence: s.index,
        span: s.span,
        evidence: s.text,
      },
    ],
    quotes: [],
  }
}

/**
 * A store holding the example corpus, ingested by the real workflow, plus two fixture documents
 * of our own that corroborate one threat (and carry hostile markup as text). Claims are rebuilt.
 */
export async function exampleStore(path = ':memory:'): Promise<Store> {
  const store = await openStore(path)
  await ingest(readSources([EXAMPLES], { now: () => new Date('2024-12-01T00:00:00Z') }), {
    store,
    pipeline: standardPipeline(),
  })
  for (const [id, name] of [
    ['RUS', 'Russia'],
    ['KAZ', 'Kazakhstan'],
  ] as const)
    if (!(await store.getEntity(id)))
      await store.upsertEntities([
        { id, type: 'COUNTRY', name, aliases: [name], country: id, sector: null, role: null },
      ])
  for (const f of FIXTURES) await store.saveDoc(fixtureDoc(f))
  await rebuildClaims(store)
  return store
}
