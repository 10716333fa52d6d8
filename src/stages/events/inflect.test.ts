import { describe, expect, it } from 'vitest'
import { inflections } from './inflect.js'
import { brief, eventsOf } from './test-doc.js'

// [label, base word, forms that must be among its inflections].
const FORMS: Array<[string, string, string[]]> = [
  ['American single l', 'level', ['leveled', 'leveling', 'levels']],
  ['British doubled l', 'level', ['levelled', 'levelling']],
  ['British doubled l on label', 'label', ['labelled', 'labelling']],
  ['British doubled l on travel', 'travel', ['travelled', 'travelling']],
  ['British doubled l after two vowels', 'fuel', ['fuelled', 'fuelling', 'fueled']],
  ['doubled consonant after a stressed vowel', 'ban', ['banned', 'banning']],
  ['-y after a consonant', 'deny', ['denied', 'denies', 'denying']],
]

describe('inflections', () => {
  it.each(FORMS)('%s', (_label, word, forms) => {
    expect(inflections(word)).toEqual(expect.arrayContaining(forms))
  })
})

// [label, sentence written by the team, expected events].
const EVENTS: Array<[string, string, string[]]> = [
  [
    'a British doubled-l support verb carries its noun',
    'Hungary levelled fresh accusations at Slovakia on Friday.',
    ['ACCUSE HUN->SVK'],
  ],
  [
    'a British doubled-l trigger verb',
    'Hungary has travelled to Slovakia for talks.',
    ['CONSULT HUN->SVK'],
  ],
]

describe('British spellings in text', () => {
  it.each(EVENTS)('%s', (_label, text, expected) => {
    expect(eventsOf(text).map(brief)).toEqual(expected)
  })
})
