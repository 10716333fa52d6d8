import { describe, expect, it } from 'vitest'
import type { Claim, ClaimMention, Entity } from '../core/model.js'
import { CLAIM_ITEM_MENTIONS, type ClaimListItem, type Store, type StoredEvent } from './store.js'
import { sampleDoc } from '../../test/helpers/fixtures.js'

/**
 * Contract tests for the read paths tuned for large stores (issue #9): the answers must stay
 * those of the plain queries (every page a slice of the whole list, counts equal to a recount).
 */
export function storeReadContract(name: string, open: () => Promise<Store>): void {
  const entity = (id: string, type: Entity['type'] = 'PERSON'): Entity => ({
    id,
    type,
    name: id,
    aliases: [id],
    country: null,
    sector: null,
    role: null,
  })
  const mention = (entity: string, start: number) => ({
    entity,
    span: { start, end: start + 3 },
    text: 'abc',
  })
  const event = (doc: string, n: number, over: Partial<StoredEvent> = {}): StoredEvent => ({
    ...(sampleDoc(1).events[0] as StoredEvent),
    id: `${doc}-e${n}`,
    doc,
    // A few undated events, many ties on date and on span start.
    date: n % 17 === 0 ? null : `2024-0${(n % 9) + 1}-1${n % 3}`,
    span: { start: n % 5, end: 10 },
    status: n % 4 === 0 ? 'alleged' : 'asserted',
    ...over,
  })

  describe(`store read paths: ${name}`, () => {
    it('keeps mention and document counts per entity whichever is stored first', async () => {
      const store = await open()
      await store.upsertEntities([entity('early'), entity('idle', 'ORG')])
      await store.saveDoc(
        sampleDoc(1, { mentions: [mention('early', 0), mention('early', 9), mention('late', 4)] }),
      )
      await store.saveDoc(sampleDoc(2, { mentions: [mention('early', 2), mention('late', 5)] }))
      await store.upsertEntities([entity('late', 'ORG')])
      await store.saveDoc(sampleDoc(3, { mentions: [mention('late', 1)] }))
      // Upserting again must not reset the counts.
      await store.upsertEntities([{ ...entity('early'), aliases: ['early', 'E.'] }])
      const counts = (await store.listEntities()).map((e) => [e.id, e.mentionCount, e.docCount])
      expect(counts).toEqual([
        ['early', 3, 2],
        ['late', 3, 3],
        ['idle', 0, 0],
      ])
      expect((await store.listEntities({ type: 'ORG' })).map((e) => e.id)).toEqual(['late', 'idle'])
      expect(await store.getEntity('late')).toMatchObject({ mentionCount: 3, docCount: 3 })
      await store.close()
    })

    it("lists an entity's events on either side, once each, in list order", async () => {
      const store = await open()
      const events = [
        event('doc1', 1, { actorEntity: 'X', recipientEntity: 'Y' }),
        event('doc1', 2, { actorEntity: 'Y', recipientEntity: 'X' }),
        event('doc1', 3, { actorEntity: 'X', recipientEntity: 'X' }),
        event('doc1', 4, { actorEntity: 'Y', recipientEntity: 'Z' }),
        event('doc1', 5, { actorEntity: 'Z', recipientEntity: 'X', status: 'denied' }),
      ]
      await store.saveDoc(sampleDoc(1, { events }))
      const all = await store.listEvents({ limit: 100 })
      const ofX = all.filter((e) => e.actorEntity === 'X' || e.recipientEntity === 'X')
      expect(await store.listEvents({ entity: 'X' })).toEqual(ofX)
      expect(await store.listEvents({ entity: 'X', limit: 2, offset: 1 })).toEqual(ofX.slice(1, 3))
      expect((await store.listEvents({ entity: 'X', status: 'denied' })).map((e) => e.id)).toEqual([
        'doc1-e5',
      ])
      await store.close()
    })

    it('serves deep event pages as slices of the whole list, also past the middle', async () => {
      const store = await open()
      await store.saveDoc(
        sampleDoc(1, { events: Array.from({ length: 1300 }, (_, n) => event('doc1', n)) }),
      )
      const all = await store.listEvents({ limit: 5000 })
      const alleged = await store.listEvents({ status: 'alleged', limit: 5000 })
      expect(all).toHaveLength(1300)
      for (const offset of [0, 999, 1000, 1149, 1250, 1290, 1299, 1300, 1400])
        expect(await store.listEvents({ limit: 20, offset }), `offset ${offset}`).toEqual(
          all.slice(offset, offset + 20),
        )
      // A filtered list longer than the deep-page threshold (325 alleged events) is also sliced.
      const longer = await store.listEvents({ status: 'asserted', limit: 5000 })
      for (const offset of [1, 900, 970])
        expect(await store.listEvents({ status: 'asserted', limit: 7, offset })).toEqual(
          longer.slice(offset, offset + 7),
        )
      expect(await store.listEvents({ status: 'alleged', limit: 7, offset: 320 })).toEqual(
        alleged.slice(320, 327),
      )
      // The list order itself: by date (undated first), then document and span start.
      const key = (e: StoredEvent): string => `${e.date ?? '0000'}|${e.doc}|${e.span.start}`
      expect(all.map(key)).toEqual([...all.map(key)].sort())
      await store.close()
    })

    it('finds events by a string in their evidence, rare or common, as a plain filter would', async () => {
      const store = await open()
      // Every event says "ferry"; half say "Tariff"; one in fifty names "Ostrovets".
      const evidence = (n: number): string =>
        `Ferry ${n}: ${n % 2 ? 'a tariff row delayed the crossing' : 'the crossing ran'}${n % 50 ? '' : ' near Ostrovets'}.`
      const events = Array.from({ length: 700 }, (_, n) =>
        event('doc1', n, { evidence: evidence(n), actorEntity: n % 3 ? 'X' : 'Y' }),
      )
      await store.saveDoc(sampleDoc(1, { events }))
      const all = await store.listEvents({ limit: 5000 })
      for (const [q, extra] of [
        ['ostrovets', {}],
        ['TARIFF', {}],
        ['ferry', {}],
        ['tariff', { entity: 'X' }],
        ['Ostrovets', { entity: 'Y' }],
        ['ro', {}],
        ['no such words', {}],
      ] as const) {
        const expected = all.filter(
          (e) =>
            e.evidence.toLowerCase().includes(q.toLowerCase()) &&
            (!('entity' in extra) || e.actorEntity === extra.entity),
        )
        for (const offset of [0, 5, 340])
          expect(
            await store.listEvents({ q, ...extra, limit: 10, offset }),
            `${q} ${JSON.stringify(extra)} offset ${offset}`,
          ).toEqual(expected.slice(offset, offset + 10))
      }
      await store.close()
    })

    it('lists claims with their first mentions and count, each whole by id', async () => {
      const store = await open()
      const mention = (n: number): ClaimMention => ({
        doc: `doc${n}`,
        source: `file-${n}.txt`,
        publisher: n % 2 ? null : 'Daily',
        status: 'asserted',
        evidence: `Sentence ${n} of the report.`,
        eventId: `e${n}`,
        date: null,
        origin: `doc${n}`,
      })
      const claim = (n: number, sources: number, mentions: number): Claim => ({
        id: `c${n}`,
        type: n % 2 ? 'THREATEN' : 'AGREE',
        actor: 'RUS',
        recipient: 'KAZ',
        actorEntity: null,
        status: n % 3 ? 'corroborated' : 'single-source',
        independentSources: sources,
        score: n % 2 ? -6 : 3,
        firstSeen: '2024-01-02',
        lastSeen: null,
        summary: `claim ${n}`,
        mentions: Array.from({ length: mentions }, (_, k) => mention(n * 100 + k)),
      })
      const claims = [
        claim(1, 1, 1),
        claim(2, 4, 25),
        claim(3, 2, 0),
        claim(4, 4, 3),
        claim(5, 3, 4),
      ]
      await store.replaceClaims(claims, 0)
      const whole = await store.listClaims()
      const item = ({ mentions, ...c }: Claim): ClaimListItem => ({
        ...c,
        mentionCount: mentions.length,
        firstMentions: mentions.slice(0, CLAIM_ITEM_MENTIONS),
      })
      expect(whole.map((c) => c.id)).toEqual(['c2', 'c4', 'c5', 'c3', 'c1'])
      for (const query of [
        {},
        { limit: 2, offset: 1 },
        { status: 'single-source' },
        { type: 'AGREE' },
      ])
        expect(await store.listClaimItems(query), JSON.stringify(query)).toEqual(
          (await store.listClaims(query)).map(item),
        )
      expect(await store.listClaimItems({ status: 'disputed' })).toEqual([])
      expect(await store.getClaim('c2')).toEqual(claims[1])
      expect(await store.getClaim('c9')).toBeUndefined()
      await store.close()
    })

    it('finds quotes by a string in their text, rare or common, as a plain filter would', async () => {
      const store = await open()
      // Every quote says "harbour"; a third say "Grain"; one in forty names "Shymkent". Half the
      // documents are stored in a write batch, half alone: both reach the index.
      const quote = (n: number, start: number) => ({
        span: { start, end: start + 5 },
        text: `The harbour ${n} ${n % 3 ? 'stays shut' : 'takes grain again'}${n % 40 ? '' : ' from Shymkent'}.`,
        speaker: n % 2 ? 'KAZ' : null,
        speakerName: null,
        cue: 'said',
        sentence: 1,
      })
      const docOf = (d: number) =>
        sampleDoc(d, { quotes: Array.from({ length: 40 }, (_, k) => quote(d * 40 + k, 39 - k)) })
      await store.beginBatch()
      for (let d = 1; d <= 5; d++) await store.saveDoc(docOf(d))
      await store.commitBatch()
      for (let d = 6; d <= 10; d++) await store.saveDoc(docOf(d))
      const all = await store.listQuotes({ limit: 5000 })
      expect(all).toHaveLength(400)
      // List order: document id (binary), then span start.
      const inOrder = [...all].sort((a, b) =>
        a.doc === b.doc ? a.span.start - b.span.start : a.doc < b.doc ? -1 : 1,
      )
      expect(all).toEqual(inOrder)
      for (const [q, speaker] of [
        ['shymkent', undefined],
        ['GRAIN', undefined],
        ['harbour', undefined],
        ['grain', 'KAZ'],
        ['Shymkent', 'KAZ'],
        ['ta', undefined],
        ['no such words', undefined],
      ] as const) {
        const expected = all.filter(
          (x) =>
            x.text.toLowerCase().includes(q.toLowerCase()) && (!speaker || x.speaker === speaker),
        )
        for (const offset of [0, 3, 130])
          expect(
            await store.listQuotes({ q, speaker, limit: 10, offset }),
            `${q} ${speaker ?? ''} offset ${offset}`,
          ).toEqual(expected.slice(offset, offset + 10))
      }
      await store.close()
    })

    it('pages full-text matches in the order documents were stored', async () => {
      const store = await open()
      for (const n of [5, 3, 9, 1, 7]) await store.saveDoc(sampleDoc(n))
      await store.saveDoc(sampleDoc(4, { text: 'Nothing to see in this one.' }))
      const ids = (q: string, offset = 0) =>
        store.listDocs({ q, offset, limit: 2 }).then((ds) => ds.map((d) => d.id))
      expect(await ids('astana')).toEqual(['doc5', 'doc3'])
      expect(await ids('astana', 2)).toEqual(['doc9', 'doc1'])
      expect(await ids('astana', 4)).toEqual(['doc7'])
      await store.close()
    })
  })
}
