import { describe, expect, it } from 'vitest'
import { brief, eventsOf } from './test-doc.js'

// [label, sentence written by the team, expected "TYPE A->B status" of each event].
const CASES: Array<[string, string, string[]]> = [
  [
    'the month May is no modal',
    'In May the Latvian foreign ministry accused Estonia of hiding depots that could supply the rebels.',
    ['ACCUSE LVA->EST asserted'],
  ],
  [
    'a modal in a relative clause on the object stays in that clause',
    'The Latvian foreign ministry accused Estonia of hiding depots that could supply the rebels.',
    ['ACCUSE LVA->EST asserted'],
  ],
  [
    'May before a day number is the month',
    'On 3 May Latvia accused Estonia of spying.',
    ['ACCUSE LVA->EST asserted'],
  ],
  [
    'a modal on the trigger makes it hypothetical',
    'Latvia may accuse Estonia of spying.',
    ['ACCUSE LVA->EST hypothetical'],
  ],
]

describe('modal cues', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(eventsOf(text).map((e) => `${brief(e)} ${e.status}`)).toEqual(expected)
  })
})
