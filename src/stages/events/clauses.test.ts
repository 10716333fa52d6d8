import { describe, expect, it } from 'vitest'
import { firstClauseEnd, splitClauses } from './clauses.js'
import { tokenize } from './tokenize.js'

// Sentences written by the team, one per way a clause can open, and their clause openers.
const CASES: Array<[string, string, Array<string | null>]> = [
  ['no split', 'Troops crossed the river at dawn.', [null]],
  ['a colon', 'The note was short: talks are off.', [null, ':']],
  ['curly quotes', 'He said “we will respond” on Monday.', [null, '"', 'end-quote']],
  ['a straight quote always opens', 'He said "we will respond" on Monday.', [null, '"', '"']],
  ['a plural possessive is no close quote', 'The workers’ strike spread.', [null]],
  ['a subordinator', 'Envoys met while the guns fell silent.', [null, 'while']],
  ['"since" after an auxiliary is an adverb', 'Minsk has since closed the border.', [null]],
  ['a reporting verb before a subject', 'The mayor said Polish units had left.', [null, 'that']],
  ['a fronted clause resumes the main one', 'If Lima refuses, Quito will act.', ['if', 'main']],
  [
    '"and" before a second verb phrase',
    'Rebels shelled the town and attacked the port.',
    [null, 'and'],
  ],
  ['a participle after a comma', 'Police fired shots, wounding several people.', [null, ',ing']],
  [
    'a relative clause closed by its comma',
    'The envoy, who arrived late, said nothing.',
    [null, 'who', 'main'],
  ],
  [
    'a summary appositive',
    'Oslo cut aid, a move the ministry regretted deeply.',
    [null, 'appositive'],
  ],
  ['"as" after a comma', 'Prices rose, as traders had feared.', [null, 'as']],
]

describe('splitClauses', () => {
  it.each(CASES)('%s', (_label, text, openers) => {
    expect(splitClauses(tokenize(text)).map((c) => c.opener)).toEqual(openers)
  })

  it.each(CASES)('firstClauseEnd is the end of the first clause: %s', (_label, text) => {
    const tokens = tokenize(text)
    expect(firstClauseEnd(tokens)).toBe(splitClauses(tokens)[0]?.end)
  })

  it('an empty sentence has one empty clause', () => {
    expect(splitClauses([])).toEqual([{ start: 0, end: 0, opener: null }])
    expect(firstClauseEnd([])).toBe(0)
  })
})
