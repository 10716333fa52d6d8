import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClaimMention } from '../../core/model.js'
import { sampleDoc } from '../../../test/helpers/fixtures.js'
import { oldStores } from './old-store.js'
import { SqliteStore } from './store.js'

const old = oldStores()
afterEach(() => old.cleanup())

/** A store file migrated up to `version` only, as an older forewarn left it. */
const storeAt = (version: number): string => old.at(version)

const mention = (n: number): ClaimMention => ({
  doc: `d${n}`,
  source: `s${n}`,
  publisher: null,
  status: 'asserted',
  evidence: `Evidence ${n}.`,
  eventId: `e${n}`,
  date: null,
  origin: `d${n}`,
})

describe('migration 0011 (claim list items)', () => {
  it.each([
    ['no mentions', 0],
    ['fewer mentions than a list item shows', 2],
    ['more mentions than a list item shows', 7],
  ])('fills the count and first mentions of claims stored before it: %s', (_label, n) => {
    const path = storeAt(9)
    const mentions = Array.from({ length: n }, (_, k) => mention(k))
    const old = new Database(path)
    old
      .prepare(
        `INSERT INTO claims (id, type, actor, recipient, actor_entity, status, independent_sources,
         score, first_seen, last_seen, summary, mentions) VALUES ('c1', 'THREATEN', 'RUS', 'KAZ',
         NULL, 'corroborated', 2, -6, NULL, NULL, 'summary', ?)`,
      )
      .run(JSON.stringify(mentions))
    old.close()
    const store = new SqliteStore(path)
    expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11)
    const [item] = store.db
      .prepare('SELECT mention_count, first_mentions FROM claims')
      .all() as Array<{ mention_count: number; first_mentions: string }>
    expect(item?.mention_count).toBe(n)
    expect(JSON.parse(item?.first_mentions ?? 'null')).toEqual(mentions.slice(0, 3))
    return store.close()
  })
})

describe('migration 0012 (quote search index)', () => {
  it('indexes the quotes stored before it, and those stored after, once each', async () => {
    const path = storeAt(11)
    const old = new Database(path)
    old.exec(`INSERT INTO documents (id, seq, uri, file, kind, fetched_at, language, text, diagnostics)
      VALUES ('d1', 1, 'u', 'f', 'text', 't', 'eng', 'x', '[]')`)
    const insert = old.prepare(
      `INSERT INTO quotes (id, doc, start, end, text, sentence) VALUES (?, 'd1', ?, ?, ?, 1)`,
    )
    for (let n = 0; n < 400; n++)
      insert.run(`q${n}`, n, n + 1, `Port ${n} ${n === 7 ? 'reopens at Kuryk' : 'stays shut'}.`)
    old.close()
    const store = new SqliteStore(path)
    expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(12)
    const found = async (q: string) => (await store.listQuotes({ q })).map((x) => x.id)
    expect(await found('kuryk')).toEqual(['q7'])
    await store.saveDoc(
      sampleDoc(2, {
        quotes: [
          {
            span: { start: 0, end: 4 },
            text: 'Kuryk again',
            speaker: null,
            speakerName: null,
            cue: null,
            sentence: 1,
          },
        ],
      }),
    )
    expect((await store.listQuotes({ q: 'KURYK' })).map((x) => x.text)).toEqual([
      'Port 7 reopens at Kuryk.',
      'Kuryk again',
    ])
    const indexed = store.db.prepare('SELECT count(*) AS n FROM quotes_fts').get() as { n: number }
    expect(indexed.n).toBe(401)
    await store.close()
  })
})
