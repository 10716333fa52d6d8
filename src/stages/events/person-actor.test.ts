import { describe, expect, it } from 'vitest'
import { brief, eventsOf } from './test-doc.js'

// [label, sentence written by the team, expected "TYPE A->B entity" of each event].
const CASES: Array<[string, string, string[]]> = [
  [
    'a one-name person of no known state acts as themself on the only state',
    'Petrov threatened Georgia.',
    ['THREATEN null->GEO petrov'],
  ],
  [
    'a full-name person of no known state acts as themself',
    'Ivan Petrov threatened Georgia on Tuesday.',
    ['THREATEN null->GEO ivan-petrov'],
  ],
  [
    'a president in a sentence naming one state holds office there',
    'President Ivan Petrov has declined to resign despite growing pressure from Georgian lawmakers.',
    ['REJECT GEO->GEO ivan-petrov'],
  ],
  [
    'a group of unknown state still acts at home',
    'Militants threatened Georgia.',
    ['THREATEN GEO->GEO null'],
  ],
]

describe('named people as actors', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(eventsOf(text).map((e) => `${brief(e)} ${e.actorEntity}`)).toEqual(expected)
  })
})
