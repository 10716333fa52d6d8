import { describe, expect, it } from 'vitest'
import { extractHtml } from '../clean/extract-html.js'
import { bandKeys, jaccard, minhashSignature, shingles } from './minhash.js'

// An article in our own words about a real event (Armenia and Azerbaijan agreeing the first
// stretch of their border in April 2024), a syndicated copy of it, and an independent report.
const PARAGRAPHS = [
  'Armenia and Azerbaijan said on Friday that their border commissions had agreed on the first section of the frontier to be formally delimited, in the Tavush region of northern Armenia.',
  'Under the deal, Armenia will hand back four villages that its forces have controlled since the early 1990s, the two governments said in statements released a few minutes apart.',
  '“This is the first practical result of the delimitation process,” the Armenian deputy prime minister told reporters in Yerevan, adding that the work would continue with other sections.',
  'Residents of nearby Armenian villages said they feared that the new line would leave their homes and the main road to Georgia within range of Azerbaijani positions.',
  'Officials in Baku welcomed the agreement and said it showed that a peace treaty could be signed this year if Yerevan stayed on the same course.',
  'The border between the two countries was never delimited after the Soviet Union collapsed, and long stretches of it remain a line of military positions.',
  'Diplomats in the region said the choice of a relatively small section was deliberate, to show that the commissions could produce results before harder questions were tackled.',
]

const page = (
  site: string,
  headline: string,
  paragraphs: readonly string[],
  extras: string,
): string =>
  `<!doctype html><html><head><title>${headline} | ${site}</title><meta property="og:site_name" content="${site}"></head>` +
  `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${headline}</h1>` +
  `<div class="share">Share on Facebook · Share on X</div>` +
  paragraphs.map((p) => `<p>${p}</p>`).join('') +
  `${extras}</article><aside class="related"><h3>Related</h3><ul><li><a href="/x">Other story</a></li></ul></aside></body></html>`

const original = extractHtml(
  page('Highland Post', 'Armenia and Azerbaijan agree first border section', PARAGRAPHS, ''),
).text

// The aggregator's copy: new headline, straight quotes, its own boilerplate, no closing paragraph.
const syndicated = extractHtml(
  page(
    'Eurasia Digest',
    'Yerevan to return four villages in first border deal with Baku',
    PARAGRAPHS.slice(0, -1).map((p) => p.replace(/[“”]/g, '"')),
    '<p class="source">Source: Highland Post</p><div class="newsletter">Get the Eurasia Digest every morning. Subscribe now.</div>',
  ),
).text

// Another outlet's own report of the same event: the same facts and names, different words.
const independent = extractHtml(
  page(
    'Caspian Wire',
    'Four Tavush villages to pass to Azerbaijan',
    [
      'Four villages in Armenia’s Tavush province will be transferred to Azerbaijan, the two neighbours announced on Friday, after their delimitation commissions settled the first part of the shared border.',
      'The villages have been held by Armenia since the war that followed the end of the Soviet Union. Yerevan called the agreement a first step; Baku called it proof that a peace deal was within reach.',
      'Local people on the Armenian side protested, saying the change would expose the highway to Georgia. Analysts noted that most of the frontier has still not been defined.',
    ],
    '',
  ),
).text

const sharedBands = (a: string, b: string): number => {
  const keys = new Set(bandKeys(minhashSignature(a)))
  return bandKeys(minhashSignature(b)).filter((k) => keys.has(k)).length
}

describe('near-duplicate detection', () => {
  it('the cleaned texts hold the article, not the page furniture', () => {
    expect(original).toContain('first section of the frontier')
    expect(syndicated).not.toContain('Subscribe')
    expect(independent).toContain('Tavush province')
  })

  it('finds a syndicated copy with other boilerplate and a new headline', () => {
    expect(jaccard(original, syndicated)).toBeGreaterThanOrEqual(0.8)
    expect(sharedBands(original, syndicated)).toBeGreaterThan(0)
  })

  it('does not join two independent reports of the same event', () => {
    expect(jaccard(original, independent)).toBeLessThan(0.2)
    expect(sharedBands(original, independent)).toBe(0)
  })

  const cases: Array<[string, string, string, number]> = [
    ['identical texts', 'a b c d e f g', 'a b c d e f g', 1],
    ['one word changed at the end', 'a b c d e f g', 'a b c d e f x', 2 / 4],
    ['no shared shingle', 'a b c d e f g', 'one two three four five six', 0],
    ['an empty text', 'a b c d e f g', '', 0],
  ]
  it.each(cases)('jaccard of %s', (_label, a, b, expected) => {
    expect(jaccard(a, b)).toBeCloseTo(expected)
  })

  it('makes shingles of five words, or one shingle for a shorter text', () => {
    expect([...shingles('One two three four five six')]).toEqual([
      'one two three four five',
      'two three four five six',
    ])
    expect([...shingles('Too short')]).toEqual(['too short'])
  })

  it('gives stable signatures and band keys across runs', () => {
    expect(bandKeys(minhashSignature(original))).toEqual(bandKeys(minhashSignature(original)))
    expect(bandKeys(minhashSignature(original))).toHaveLength(16)
  })
})

/** The signature as first written: every distinct shingle string hashed with FNV-1a. */
function referenceSignature(text: string, size = 5, n = 64): number[] {
  const seeds = Array.from(
    { length: 256 },
    (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0,
  )
  const sig = new Array<number>(n).fill(0xffffffff)
  for (const sh of shingles(text, size)) {
    let base = 0x811c9dc5
    for (let i = 0; i < sh.length; i++) base = Math.imul(base ^ sh.charCodeAt(i), 0x01000193) >>> 0
    for (let i = 0; i < n; i++) {
      const h = (base ^ (seeds[i] ?? 0)) >>> 0
      const mixed = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0
      if (mixed < (sig[i] ?? 0)) sig[i] = mixed
    }
  }
  return sig
}

describe('minhashSignature matches hashing the shingle strings (stored band keys stay valid)', () => {
  const cases: [string, string, number][] = [
    ['empty', '', 5],
    ['fewer words than a shingle', 'Astana replied', 5],
    ['exactly one shingle', 'the ministry denied the report', 5],
    ['repeated shingles', 'talks resumed. talks resumed. talks resumed. talks resumed.', 2],
    ['non-Latin and accents', 'Тоқаев сказал: переговоры в Астане продолжатся, Ürümqi ÉTÉ 2024', 3],
    ['a full article', PARAGRAPHS.join('\n\n'), 5],
  ]
  it.each(cases)('%s', (_label, text, size) => {
    expect(minhashSignature(text, { shingleWords: size })).toEqual(referenceSignature(text, size))
  })
})

describe('minhashSignature with a hash count not divisible by four (the unrolled loop and its tail)', () => {
  const cases: [string, number, number][] = [
    ['15 hashes (5 bands × 3 rows)', 5, 3],
    ['7 hashes (7 bands × 1 row)', 7, 1],
    ['2 hashes', 1, 2],
  ]
  it.each(cases)('%s', (_label, bands, rows) => {
    const text = PARAGRAPHS.join('\n\n')
    expect(minhashSignature(text, { bands, rows })).toEqual(
      referenceSignature(text, 5, bands * rows),
    )
  })
})

/** Shingles as first written: the regex's words, each window joined by one space. */
function referenceShingles(text: string, size: number): string[] {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (w.length < size) return w.length ? [w.join(' ')] : []
  return [...new Set(w.slice(0, w.length - size + 1).map((_, i) => w.slice(i, i + size).join(' ')))]
}

describe('shingles: sliced where the words are one space apart, joined elsewhere', () => {
  const cases: [string, string, number][] = [
    ['single spaces only', 'the talks in Astana resumed on Monday after a pause', 5],
    ['double spaces and tabs', 'the talks  in\tAstana resumed\n\non Monday', 3],
    ['punctuation between words', 'Astana, Moscow; Minsk — and (Baku) "said" no.', 2],
    ['fewer words than a shingle', '  Astana   replied ', 5],
    ['one-word shingles', 'no, no and NO', 1],
    ['non-Latin, accents and emoji', 'Тоқаев сказал: «да» 😀 ÉTÉ 2024 x😀y', 2],
    ['repeated windows', 'talks resumed talks resumed talks resumed', 2],
  ]
  it.each(cases)('%s', (_label, text, size) => {
    expect([...shingles(text, size)]).toEqual(referenceShingles(text, size))
  })
})
