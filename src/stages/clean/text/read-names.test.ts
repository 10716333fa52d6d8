import { describe, expect, it } from 'vitest'
import { pageLexicon } from './page-lexicon.js'
import { bylineOutlet, readByline, readNameList } from './read-names.js'

const lex = pageLexicon()

describe('readByline', () => {
  it.each([
    ['plain', 'By Dana Ospanova', ['Dana Ospanova']],
    ['two authors', 'By Dana Ospanova and Pavel Grek', ['Dana Ospanova', 'Pavel Grek']],
    ['three authors', 'by A. Lee, Bo Chen & Carla Diaz', ['A. Lee', 'Bo Chen', 'Carla Diaz']],
    ['role after comma', 'By Dana Ospanova, Senior Energy Correspondent', ['Dana Ospanova']],
    ['place after name', 'Written by Pavel Grek in Bishkek', ['Pavel Grek']],
    ['time after name', 'Posted by Pavel Grek at 10:14', ['Pavel Grek']],
    ['label with colon', 'Author: Aruzhan Sain', ['Aruzhan Sain']],
    ['desk name', 'Written by News Desk', ['News Desk']],
    ['initials', 'By J. R. Tolkin', ['J. R. Tolkin']],
    ['particle', 'By Ursula von Berg', ['Ursula von Berg']],
    ['empty byline', 'by', []],
    ['wire credit', 'Reporting by Asel Nurova; Editing by Tom Hale', ['Asel Nurova']],
    ['agency credit', 'By The Associated Press', []],
    ['shouted name and agency', 'By DANA OSPANOVA, Associated Press', ['Dana Ospanova']],
    ['an outlet after the name', 'By Dana Ospanova, Steppe Ledger', ['Dana Ospanova']],
    [
      'two authors and a weekly',
      'By Dana Ospanova and Pavel Grek, Caspian Weekly',
      ['Dana Ospanova', 'Pavel Grek'],
    ],
    [
      'date with a month name after the name',
      'Posted by Pavel Grek on March 3, 2026 at 9:15 am',
      ['Pavel Grek'],
    ],
  ])('%s: %s', (_label, line, names) => {
    expect(readByline(line, lex)).toEqual(names)
  })

  it.each([
    ['sentence starting with By', 'By the end of the week the talks had stalled.'],
    ['not a byline', 'Kazakhstan and Russia signed the deal'],
    ['by a date', 'By 2030 the pipeline will carry twice as much oil'],
  ])('%s → null', (_label, line) => {
    expect(readByline(line, lex)).toBeNull()
  })
})

describe('readNameList', () => {
  it.each([
    ['two names', 'Aliya Omar, Kirill Zhukov', ['Aliya Omar', 'Kirill Zhukov']],
    ['one name', 'Aliya Omar', ['Aliya Omar']],
    ['a headline', 'Talks Stall in Geneva Again', []],
    ['a one-word label', 'Opinion', []],
    ['a sentence', 'Aliya Omar said so.', []],
  ])('%s: %s', (_label, line, names) => {
    expect(readNameList(line, lex)).toEqual(names)
  })

  it('reads the place a reporter files from only under a date stamp', () => {
    expect(readNameList('Aliya Omar in Almaty', lex, true)).toEqual(['Aliya Omar'])
    expect(readNameList('Aliya Omar in Almaty', lex)).toEqual([])
  })
})

describe('bylineOutlet', () => {
  it.each([
    ['an outlet after the author', 'Written by Mart Kask, Baltic Wire', 'Baltic Wire'],
    ['an agency after two authors', 'By A. Lee and Bo Chen, Associated Press', 'Associated Press'],
    ['a title is no outlet', 'By Dana Ospanova, Senior Energy Correspondent', null],
    ['no byline', 'Baltic Wire', null],
  ])('%s', (_label, line, outlet) => {
    expect(bylineOutlet(line, lex)).toBe(outlet)
  })
})
