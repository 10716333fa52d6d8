import { describe, expect, it } from 'vitest'
import { buildClaims } from '../analyze/claims/build-claims.js'
import type { Claim } from '../core/model.js'
import { openSqlite } from '../store/sqlite/index.js'
import type { StoredDoc } from '../store/store.js'
import { sampleDoc } from '../../test/helpers/fixtures.js'
import { rebuildClaims } from './rebuild-claims.js'

const STORY =
  'Officials in the regional capital said on Monday that a general had warned of consequences ' +
  'if the neighbouring republic kept hosting the exercises, a remark the ministry played down.'

/** Documents of several outlets: a copied text, a stored copy, two claim keys, an unnamed actor. */
function corpus(): StoredDoc[] {
  const docs = [1, 2, 3, 4, 5].map((n) => {
    const d = sampleDoc(n)
    const event = d.events[0] as StoredDoc['events'][number]
    return {
      ...d,
      text: n <= 2 ? `${STORY} Note ${n}.` : d.text,
      meta: { ...d.meta, publisher: `Outlet ${n % 3}` },
      events: [
        event,
        { ...event, id: `acc${n}`, type: 'ACCUSE' as const, actor: n % 2 ? null : 'RUS' },
      ],
    }
  })
  const copy = sampleDoc(6, { duplicateOf: 'doc1', events: [], quotes: [] })
  return [...docs, { ...copy, text: STORY, meta: { ...copy.meta, publisher: 'Mirror' } }]
}

const byId = (claims: readonly Claim[]): Claim[] =>
  [...claims].sort((a, b) => (a.id < b.id ? -1 : 1))

describe('rebuildClaims', () => {
  it('stores the claims buildClaims makes of the same documents, and marks them current', async () => {
    const store = await openSqlite(':memory:')
    const docs = corpus()
    for (const d of docs) await store.saveDoc(d)
    await rebuildClaims(store)
    const expected = buildClaims(
      docs.flatMap((d) => d.events),
      docs,
    )
    expect(expected.length).toBeGreaterThan(2)
    expect(byId(await store.listClaims({ limit: 1000 }))).toEqual(byId(expected))
    const basis = await store.claimsBasis()
    expect(basis.builtFrom).toBe(basis.latest)
    // Rebuilding again replaces, never appends.
    await rebuildClaims(store)
    expect((await store.listClaims({ limit: 1000 })).length).toBe(expected.length)
    await store.close()
  })
})
