import { describe, expect, it } from 'vitest'
import { cleanTitle } from './clean-title.js'

describe('cleanTitle', () => {
  const cases: Array<[string, string | null, string | null, string[], string | null]> = [
    [
      'site suffix after a bar',
      'Talks resume in Astana | Steppe Wire',
      'Steppe Wire',
      [],
      'Talks resume in Astana',
    ],
    [
      'site prefix with a dash',
      'Steppe Wire - Talks resume in Astana',
      'Steppe Wire',
      [],
      'Talks resume in Astana',
    ],
    [
      'site name written as a domain',
      'Talks resume | steppewire.com',
      'Steppe Wire',
      [],
      'Talks resume',
    ],
    [
      '"The" and case do not matter',
      'Grain deal signed — the caspian ledger',
      'Caspian Ledger',
      [],
      'Grain deal signed',
    ],
    [
      'a colon inside the headline stays',
      'Kazakhstan: what the referendum changes',
      'Steppe Wire',
      [],
      'Kazakhstan: what the referendum changes',
    ],
    [
      'unknown site, h1 names the headline',
      'Ferry adds second ship - Port News Daily',
      null,
      ['Ferry adds second ship'],
      'Ferry adds second ship',
    ],
    [
      'unknown site, unclosed h1 runs on',
      'Rail freight falls behind | Irtysh Courier',
      null,
      ['Rail freight falls behind By Dana Omarova'],
      'Rail freight falls behind',
    ],
    [
      'unknown site and no other title: unchanged',
      'Budget passed | Daily',
      null,
      [],
      'Budget passed | Daily',
    ],
    ['no title', null, 'Steppe Wire', [], null],
  ]
  it.each(cases)('%s', (_label, title, site, others, expected) => {
    expect(cleanTitle(title, site, others)).toBe(expected)
  })
})
