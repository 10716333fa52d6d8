import { describe, expect, it } from 'vitest'
import { WordStats } from './word-stats.js'

const SENTENCES = [
  'The border guards reported three lorries turned back at the crossing on Tuesday.',
  'Lorries queued for hours at the crossing after the guards closed two lanes.',
  'A deputy minister denied that any lanes had been closed.',
]

describe('WordStats JSON', () => {
  it('gives back the same word ids and weights through a JSON round trip', () => {
    const stats = new WordStats()
    for (const s of SENTENCES) stats.add(s)
    const copy = WordStats.fromJSON(JSON.parse(JSON.stringify(stats.toJSON())))
    expect(copy.size).toBe(stats.size)
    expect(copy.weights()).toEqual(stats.weights())
    const probe = 'Guards at the crossing closed the lanes to lorries, the deputy said.'
    expect(copy.idsOf(probe)).toEqual(stats.idsOf(probe))
    // Rare words weigh more than shared ones, so the counts (not only the ids) came across.
    const [lorries, deputy] = [...copy.idsOf('lorries deputy')].map((id) => copy.weights()[id])
    expect(deputy).toBeGreaterThan(lorries as number)
  })
})
