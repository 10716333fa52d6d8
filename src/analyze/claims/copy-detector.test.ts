import { describe, expect, test } from 'vitest'
import { shingles } from '../../stages/dedup/minhash.js'
import { containment } from './content-words.js'
import { copyDetector, copyPairs } from './copy-detector.js'
import { shingleHashes } from './shingle-hashes.js'

const BASE =
  'The border post near the river crossing reported two convoys on Tuesday night, a duty officer ' +
  'said, adding that the trucks carried fuel and spare parts for the garrison further east.'
const OTHER =
  'Grain prices at the northern exchange fell for a third week as buyers waited for the new ' +
  'harvest figures, which the ministry promised to publish before the end of the month.'

/** [label, text a, text b, threshold] — the detector must agree with plain containment. */
const cases: Array<[string, string, string, number]> = [
  ['a verbatim copy', BASE, BASE, 0.5],
  [
    'a copy wrapped in page furniture',
    BASE,
    `Subscribe today. ${BASE} Share on social media.`,
    0.5,
  ],
  ['a copy with its second half cut', BASE, BASE.slice(0, 90), 0.5],
  ['two unrelated stories', BASE, OTHER, 0.5],
  ['half of one story glued to another', BASE, `${BASE.slice(0, 95)} ${OTHER}`, 0.5],
  ['an empty page', '', BASE, 0.5],
  ['two empty pages at threshold 0', '', '', 0],
  ['unrelated stories at threshold 0', BASE, OTHER, 0],
  ['a verbatim copy at threshold 1', BASE, BASE, 1],
  ['a cut copy at threshold 1', BASE, `${BASE} ${OTHER}`, 1],
  ['a short text shorter than one shingle', 'troops moved', 'troops moved north', 0.5],
]

describe('copyDetector', () => {
  test.each(cases)('%s', (_label, a, b, threshold) => {
    const texts = new Map([
      ['a', a],
      ['b', b],
    ])
    const { isCopy } = copyDetector(
      { known: (id) => texts.has(id), text: (id) => texts.get(id) },
      { threshold },
    )
    const expected = containment(shingles(a), shingles(b)) >= threshold
    expect(isCopy('a', 'b')).toBe(expected)
    expect(isCopy('b', 'a')).toBe(expected)
  })

  test('unknown documents are never copies', () => {
    const { isCopy } = copyDetector(
      { known: (id) => id === 'a', text: () => BASE },
      { threshold: 0.5 },
    )
    expect(isCopy('a', 'zzz')).toBe(false)
  })

  test('a text not loaded yet is reported missing and the answer is not cached', () => {
    const texts = new Map([['a', BASE]])
    const copies = copyDetector(
      { known: () => true, text: (id) => texts.get(id) },
      { threshold: 0.5 },
    )
    expect(copies.isCopy('a', 'b')).toBe(false)
    expect([...copies.missing]).toEqual(['b'])
    copies.clearMissing()
    texts.set('b', `Read more: ${BASE}`)
    expect(copies.isCopy('a', 'b')).toBe(true)
    expect(copies.missing.size).toBe(0)
  })
})

describe('copiesAmong', () => {
  const THIRD =
    'A regional court in the capital postponed the hearing again, citing a missing witness and ' +
    'a request from the defence for more time to study the new evidence files.'
  const docs = new Map([
    ['base', BASE],
    ['wrapped', `Subscribe today. ${BASE} Share on social media.`],
    ['cut', BASE.slice(0, 90)],
    ['other', OTHER],
    ['glued', `${BASE.slice(0, 95)} ${OTHER}`],
    ['other-copy', `${OTHER} Follow us for more.`],
    ['third', THIRD],
    ['empty', ''],
    ['short', 'troops moved'],
  ])
  const allPairs = (threshold: number): string[] => {
    const { isCopy } = copyDetector(
      { known: (id) => docs.has(id), text: (id) => docs.get(id) },
      { threshold },
    )
    const ids = [...docs.keys()]
    return ids.flatMap((a, i) =>
      ids.slice(i + 1).flatMap((b) => (isCopy(a, b) ? [[a, b].sort().join('+')] : [])),
    )
  }

  test.each([0, 0.3, 0.5, 0.8, 1])('finds exactly the pairs isCopy accepts (threshold %s)', (t) => {
    const copies = copyDetector(
      { known: (id) => docs.has(id), text: (id) => docs.get(id) },
      { threshold: t },
    )
    const found = [...copies.copiesAmong([...docs.keys(), 'unknown'])].map(([a, b]) =>
      [a, b].sort().join('+'),
    )
    expect(found.sort()).toEqual(allPairs(t).sort())
  })

  test('finds every copy pair among a hundred documents', () => {
    const many = new Map<string, string>()
    for (let i = 0; i < 100; i++)
      many.set(
        `d${i}`,
        `Report number ${i} of ${i * 7} from desk ${i % 13}: ${i % 20 ? THIRD : BASE}`,
      )
    const copies = copyDetector(
      { known: (id) => many.has(id), text: (id) => many.get(id) },
      { threshold: 0.5 },
    )
    const found = [...copies.copiesAmong([...many.keys()])]
    // The texts ending with BASE (every 20th) copy one another, as do those ending with THIRD.
    const base = 5
    const third = 100 - base
    expect(found.length).toBe((base * (base - 1)) / 2 + (third * (third - 1)) / 2)
    expect(found.every(([a, b]) => copies.isCopy(a, b))).toBe(true)
  })

  test('skips the pairs the caller already linked', () => {
    const copies = copyDetector(
      { known: (id) => docs.has(id), text: (id) => docs.get(id) },
      { threshold: 0.5 },
    )
    expect([...copies.copiesAmong(['base', 'wrapped'], () => true)]).toEqual([])
    expect([...copies.copiesAmong(['base', 'wrapped'], () => false)]).toEqual([['base', 'wrapped']])
  })
})

describe('copiesAmong on long documents (sampled search)', () => {
  /** A long text of made-up words from a seeded generator, so no shingle repeats by chance. */
  const words = (seed: number, count: number): string[] => {
    let a = seed >>> 0
    return Array.from({ length: count }, () => {
      a = (Math.imul(a, 1664525) + 1013904223) >>> 0
      return `w${a % 20_000}`
    })
  }
  const docs = new Map<string, string>()
  for (let s = 1; s <= 6; s++) docs.set(`story${s}`, words(s, 400).join(' '))
  const story = (s: number): string[] => (docs.get(`story${s}`) ?? '').split(' ')
  // Copies with cuts and additions, one just over the threshold, one just under it.
  docs.set('cut', story(1).slice(0, 300).join(' '))
  docs.set('padded', [...words(77, 150), ...story(2), ...words(78, 150)].join(' '))
  docs.set('over', [...story(3).slice(0, 220), ...words(79, 180)].join(' '))
  docs.set('under', [...story(4).slice(0, 170), ...words(80, 230)].join(' '))
  // Unrelated stories that quote the same long passage.
  const quote = words(99, 40)
  docs.set('quote-a', [...words(81, 200), ...quote, ...words(82, 200)].join(' '))
  docs.set('quote-b', [...words(83, 200), ...quote, ...words(84, 200)].join(' '))

  test('finds the pairs isCopy accepts', () => {
    const copies = copyDetector(
      { known: (id) => docs.has(id), text: (id) => docs.get(id) },
      { threshold: 0.5 },
    )
    const ids = [...docs.keys()]
    const expected = ids.flatMap((a, i) =>
      ids.slice(i + 1).flatMap((b) => (copies.isCopy(a, b) ? [[a, b].sort().join('+')] : [])),
    )
    expect(expected.sort()).toEqual(['cut+story1', 'over+story3', 'padded+story2'])
    const found = [...copies.copiesAmong(ids)].map(([a, b]) => [a, b].sort().join('+'))
    expect(found.sort()).toEqual(expected)
  })

  test('yields a pair whatever the other documents, by index or by pairwise merge', () => {
    // Thirty documents: the stories, their copies, and others sharing one quoted passage.
    const prints = [...docs.values()].flatMap((text, i) => [
      shingleHashes(text),
      shingleHashes([...words(200 + i, 120), ...text.split(' ').slice(0, 260)].join(' ')),
      shingleHashes([...words(300 + i, 260), ...quote].join(' ')),
    ])
    expect(prints.length).toBeGreaterThan(16)
    const key = ([i, j]: [number, number]): string => `${i}+${j}`
    const together = [...copyPairs(prints, 0.5)].map(key).sort()
    const alone = prints.flatMap((p, i) =>
      prints
        .slice(i + 1)
        .flatMap((q, k) => ([...copyPairs([p, q], 0.5)].length ? [key([i, i + 1 + k])] : [])),
    )
    expect(together).toEqual(alone.sort())
    expect(together.length).toBeGreaterThan(10)
  })
})
