import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as chrono from 'chrono-node'
import { describe, expect, it } from 'vitest'
import { gatedChrono } from './gated-chrono.js'

const gated = gatedChrono()
const REF = new Date('2023-06-14T12:00:00Z')
const OPTION = { forwardDate: false }
// Both parsers' complete results (text, index, start and end components, tags).
const both = (text: string, ref = REF): [string, string] => [
  JSON.stringify(gated.parse(text, ref, OPTION)),
  JSON.stringify(chrono.casual.parse(text, ref, OPTION)),
]

// [label, sentence written for this test] — every parser family, and near misses.
const CASES: Array<[string, string]> = [
  ['month day', 'The envoys met on March 3 in a hotel outside the capital.'],
  ['day month year', 'Talks resumed on 4 Sept. 2021 after a long pause.'],
  ['ordinal words', 'It was signed on the twenty-first of October, officials said.'],
  ['month range', 'Drills ran from 12 to 19 Aug along the border.'],
  ['middle endian range', 'Voting is set for Nov 2-4, 2024, the commission said.'],
  ['month and year', 'In Jan 2019 the ministry changed its mind.'],
  ['year then month', 'The 2016 May agreement still stands.'],
  ['iso', 'The decree (dated 2022-02-21T10:00:00Z) was published late.'],
  ['year month day', 'A notice of 2020/7/15 listed the names.'],
  ['slash date', 'Filed on 7/4/2021 and again on 12.03.22, the claim failed.'],
  ['slash month', 'The 09/2014 report was withdrawn.'],
  ['weekday', 'On Thursday, the minister flew to the summit.'],
  ['weekday relative', 'He will travel next Friday, or on the weekend of this week.'],
  ['weekday abbreviation', 'Markets closed early (Fri.) after the statement.'],
  ['casual date', 'Yesterday the guards left; today and tonight they are back.'],
  ['casual time', 'Shots were heard this morning and again at midnight.'],
  ['time expression', 'The convoy arrived at 5:30 pm, about 2 hours late.'],
  ['ago', 'The border was closed three weeks ago, and a few days earlier the talks ended.'],
  ['later', 'Two days later the troops withdrew; a year after, they returned.'],
  ['later out', 'Five months out, the vote looks close.'],
  ['within', 'Within 48 hours the ships must leave, the note said.'],
  ['casual relative', 'Prices rose by a third over the past 6 months and last year.'],
  ['relative date', 'Next week the delegation meets; last month it did not.'],
  ['end of month', 'The deadline is the end of the month.'],
  ['mixed case', 'ON MONDAY, 5 MAY 2025, THE DECREE TOOK EFFECT.'],
  ['near miss keywords', 'The market may open without delay, as the fleet sails out.'],
  ['glued word', 'Satellite images showed amonday-like pattern in sunlight.'],
  ['no date', 'The spokesman denied every word of the report.'],
  ['numbers only', 'Some 4,500 soldiers and 120 tanks took part.'],
]

describe('gatedChrono', () => {
  it.each(CASES)('same results as chrono: %s', (_label, text) => {
    const [a, b] = both(text)
    expect(a).toBe(b)
  })

  it('finds dates at all (the comparison is not between two empty lists)', () => {
    expect(gated.parse('The talks opened on 3 March 2022.', REF, OPTION)[0]?.start.get('day')).toBe(
      3,
    )
  })

  // Every sentence of the shared dev pages (read at run time when ../shared is present).
  const shared = process.env['FOREWARN_SHARED'] ?? join(process.cwd(), '..', 'shared')
  const dirs = ['corpus/seeds', 'eval/plover-dev'].map((d) => join(shared, d)).filter(existsSync)
  it.skipIf(dirs.length === 0)('same results as chrono on the shared dev pages', () => {
    let compared = 0
    for (const dir of dirs)
      for (const name of readdirSync(dir)) {
        if (!/\.(txt|html?)$/.test(name)) continue
        const text = readFileSync(join(dir, name), 'utf8').replace(/<[^>]*>/g, ' ')
        for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
          if (!/\d|day|month|week|year|ago|night|noon|now/i.test(sentence)) continue
          const [a, b] = both(sentence.slice(0, 2000))
          expect(a, sentence).toBe(b)
          compared++
        }
      }
    expect(compared).toBeGreaterThan(100)
  })
})
