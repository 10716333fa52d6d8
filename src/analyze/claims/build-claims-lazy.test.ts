import { describe, expect, test } from 'vitest'
import type { StoredDoc, StoredEvent } from '../../store/store.js'
import { doc, event } from '../../../test/helpers/analyze-records.js'
import { buildClaims } from './build-claims.js'
import { buildClaimsLoadingTexts } from './build-claims-lazy.js'

const STORY =
  'Officials in the regional capital said on Monday that a general had warned of consequences ' +
  'if the neighbouring republic kept hosting the exercises, a remark the ministry later played down.'
const threat = { type: 'THREATEN' as const, actorEntity: 'oleg-marin-general' }

/** [label, docs, events] — the lazy build must equal the in-memory one. */
const cases: Array<[string, StoredDoc[], StoredEvent[]]> = [
  [
    'a copied text, an independent report and a near-duplicate',
    [
      doc('a', { publisher: 'North Desk' }, { text: STORY }),
      doc('b', { publisher: 'Aggregator' }, { text: `Breaking. ${STORY} Follow us.` }),
      doc('c', { publisher: 'Field Notes' }, { text: 'A different account of the same warning.' }),
      doc('d', { publisher: 'Mirror' }, { text: STORY, duplicateOf: 'a' }),
    ],
    [event('a', threat), event('b', threat), event('c', { ...threat, status: 'denied' })],
  ],
  [
    'events whose documents are unknown or empty',
    [doc('a', { publisher: 'North Desk' }, { text: '' }), doc('b', {}, { text: STORY })],
    [event('a', threat), event('b', threat), event('zzz', threat)],
  ],
]

describe('buildClaimsLoadingTexts', () => {
  test.each(cases)('%s', async (_label, docs, events) => {
    const texts = new Map(docs.map((d) => [d.id, d.text]))
    const bare = docs.map((d) => ({ ...d, text: '' }))
    const asked: string[][] = []
    const load = (ids: readonly string[]) => {
      asked.push([...ids])
      return Promise.resolve(
        new Map(ids.flatMap((id) => (texts.has(id) ? [[id, texts.get(id) ?? '']] : []))),
      )
    }
    // A one-entry fingerprint cache forces texts to be read again mid-claim.
    const lazy = await buildClaimsLoadingTexts(events, bare, load, { fingerprintCache: 1 })
    expect(lazy).toEqual(buildClaims(events, docs))
    expect(asked.length).toBeGreaterThan(0)
  })
})
