import { describe, expect, it } from 'vitest'
import { leaderIndex } from './leader-index.js'
import { nameKey, surnamesMatch } from './name-key.js'
import { loadWordLists } from './word-lists.js'

describe('leaderIndex', () => {
  const { leaders } = loadWordLists()
  const forKey = leaderIndex(leaders)

  it('finds the same leader as a scan of the whole list', () => {
    const words = [
      'Tokaev',
      'Tokayev',
      'Zhaksybekov',
      'Jaksybekov',
      'Putin',
      'Smith',
      'Shoigu',
      'Z',
      '',
    ]
    for (const l of leaders) words.push(l.name.split(' ').at(-1) ?? '')
    for (const w of words) {
      const key = nameKey(w)
      const match = (l: (typeof leaders)[number]) => surnamesMatch(l.surnameKey, key)
      expect(forKey(key).find(match)).toBe(leaders.find(match))
    }
  })

  it('keeps list order', () => {
    const list = forKey('p')
    const positions = list.map((l) => leaders.indexOf(l))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })
})
