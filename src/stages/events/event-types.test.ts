import { describe, expect, it } from 'vitest'
import { brief, eventsOf } from './test-doc.js'

// Who the subject is decides some types and parties: [label, text written by the team, expected
// "TYPE A->B entity" of each event].
const CASES: Array<[string, string, string[]]> = [
  [
    'a state protesting makes a diplomatic complaint',
    'Chile protested the alleged Peruvian incursion near Arica.',
    ['ACCUSE CHL->PER null'],
  ],
  [
    'a foreign ministry protesting does too',
    'The Kazakh foreign ministry protested to Moscow over the remarks.',
    ['ACCUSE KAZ->RUS null'],
  ],
  [
    'people of a state protesting demonstrate',
    'Kazakh students protested in Almaty against the new law.',
    ['PROTEST KAZ->KAZ null'],
  ],
  [
    'a plural demonym heading a place phrase is people too',
    'Palestinians in Hebron protested against the settlement.',
    ['PROTEST PSE->PSE null'],
  ],
  [
    'a dateline of city and country in capitals is no party',
    'NUR-SULTAN, KAZAKHSTAN – Kazakh President Kassym-Jomart Tokayev accused Russia of meddling.',
    ['ACCUSE KAZ->RUS kassym-jomart-tokayev'],
  ],
  [
    'a dateline with two cities, a date and an agency keeps the mutual accusation',
    'TASHKENT/DUSHANBE, Oct. 12 (Steppe Wire) - Uzbekistan and Tajikistan accused each other of diverting river water.',
    ['ACCUSE UZB->TJK null', 'ACCUSE TJK->UZB null'],
  ],
  [
    'an agency in parentheses in a dateline is no party',
    'ASTANA (Reuters) - Kassym-Jomart Tokayev accused Russia of meddling.',
    ['ACCUSE KAZ->RUS kassym-jomart-tokayev'],
  ],
  [
    'an organisation before a dash is still the subject',
    'NATO - the alliance - accused Russia of meddling.',
    ['ACCUSE NATO->RUS NATO'],
  ],
]

describe('events: subject kinds', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(eventsOf(text).map((e) => `${brief(e)} ${e.actorEntity}`)).toEqual(expected)
  })
})
