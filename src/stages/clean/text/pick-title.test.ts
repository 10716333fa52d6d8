import { describe, expect, it } from 'vitest'
import { classifyLine } from './classify-line.js'
import { pageLexicon } from './page-lexicon.js'
import { dateFinder } from './parse-date.js'
import { pickTitle } from './pick-title.js'

const lex = pageLexicon()
const dates = dateFinder(lex.months)
const BODY = 'The talks in Tashkent ended on Friday without a joint statement from either side.'

/** Title of a page whose header is `header` and whose body follows it. */
function titleOf(header: readonly string[]): string | null {
  const lines = [...header, BODY].map((t) => classifyLine(t, lex, dates))
  return pickTitle(lines, header.length, lex)?.title ?? null
}

describe('pickTitle', () => {
  it.each<[string, string[], string | null]>([
    ['no header', [], null],
    ['single headline', ['Water talks stall in Tashkent'], 'Water talks stall in Tashkent'],
    [
      'tagline above a menu loses to the headline by the date',
      [
        'Notes from the river basins of Central Asia',
        'Home | About | Archive',
        '4 May 2023',
        'Water talks stall in Tashkent',
      ],
      'Water talks stall in Tashkent',
    ],
    [
      'standfirst under the headline',
      [
        'Water talks stall in Tashkent',
        'Delegates from five states failed to agree on summer quotas for the Syr Darya',
        'By Ana Reyes',
      ],
      'Water talks stall in Tashkent',
    ],
    [
      'headline repeated at the end of the breadcrumb wins over a later sub-headline',
      [
        'Home » Region » Water Talks Stall in Tashkent',
        'Water Talks Stall in Tashkent',
        'by',
        'Delegates Leave Without a Deal',
      ],
      'Water Talks Stall in Tashkent',
    ],
    [
      'all-caps kicker removed',
      ['UZBEKISTAN-WATER Talks stall in Tashkent over quotas'],
      'Talks stall in Tashkent over quotas',
    ],
    [
      'shouted headline',
      ['STEPPE POST', 'WATER TALKS STALL IN TASHKENT AGAIN'],
      'WATER TALKS STALL IN TASHKENT AGAIN',
    ],
    [
      'spaced kicker removed',
      ['UZBEKISTAN – TAJIKISTAN Talks stall over water quotas'],
      'Talks stall over water quotas',
    ],
    ['acronym kept', ['UN envoy says water talks stalled'], 'UN envoy says water talks stalled'],
    [
      'breadcrumb only',
      ['Home › Region › Water talks stall in Tashkent'],
      'Water talks stall in Tashkent',
    ],
    [
      'unlabelled byline is not a headline',
      ['Water talks stall in Tashkent', 'Ana Reyes, Timur Alimov'],
      'Water talks stall in Tashkent',
    ],
  ])('%s', (_label, header, title) => {
    expect(titleOf(header)).toBe(title)
  })
})
