import { describe, expect, it } from 'vitest'
import { runEntities } from './test-run.js'

const run = runEntities
/** "TYPE name country" of every non-state entity, in output order. */
const summary = (text: string) =>
  run(text)
    .entities.filter((e) => e.type !== 'COUNTRY' && e.type !== 'IGO')
    .map((e) => `${e.type} ${e.name} ${e.country ?? '-'}`)

describe('long organisation names', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a name runs on over "for the" after an organisation word',
      'Rebels of the Popular Front for the Liberation of Guinea seized a bridge.',
      ['ORG Popular Front for the Liberation of Guinea GIN'],
    ],
    [
      'a known short form that is an English word inside a longer name is not that body',
      'Crowds cheered the Democratic Movement for the Total Renewal of Chad.',
      ['ORG Democratic Movement for the Total Renewal of Chad TCD'],
    ],
    [
      '"and the" still separates two names',
      'The Green Party and the Labour Union walked out.',
      ['ORG Green Party -', 'ORG Labour Union -'],
    ],
    [
      'a head word opening a long name at the start of a sentence',
      'The Union for the Renewal of Sahel said its leader was arrested.',
      ['ORG Union for the Renewal of Sahel -'],
    ],
    [
      'an alliance with its acronym',
      'The three juntas formed the Alliance of Steppe States (ASS) last year.',
      ['ORG Alliance of Steppe States -'],
    ],
    [
      'a corps of a state',
      "A delegation from Russia's Volga Corps arrived.",
      ['ORG Volga Corps RUS'],
    ],
    [
      'an unknown acronym described by the apposition after it',
      "KAZOIL, Kazakhstan's state oil company, declined to comment.",
      ['ORG KAZOIL KAZ'],
    ],
    [
      'an acronym before an apposition that is no organisation stays unknown',
      'KAZOIL, the people said, declined to comment.',
      [],
    ],
    [
      'the known body alone keeps its state',
      'Total bought a stake in the field.',
      ['ORG TotalEnergies FRA'],
    ],
    [
      'an armed group opening a sentence, before an apposition',
      'Al-Shabaab, the Somali insurgents, claimed the raid on the base.',
      ['ORG Al-Shabaab SOM'],
    ],
    [
      'an armed group is no person',
      'Boko Haram kidnapped dozens of pupils.',
      ['ORG Boko Haram NGA'],
    ],
    [
      'an armed group by its acronym',
      'HTS fighters entered the town.',
      ['ORG Hayat Tahrir al-Sham SYR'],
    ],
    [
      'a plural name before a noun',
      'Houthi rebels fired a drone at the port.',
      ['ORG Houthis YEM'],
    ],
  ]
  it.each(cases)('%s', (_label, text, expected) => {
    expect(summary(text)).toEqual(expected)
  })
})

describe('known organisations spelled with other vowels', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Hizbullah', 'Hizbullah fighters fired rockets at the border.', ['ORG Hezbollah LBN']],
    [
      'Hizbollah as a speaker',
      'Hizbollah accused the army of shelling villages.',
      ['ORG Hezbollah LBN'],
    ],
    ['Taleban', 'The Taleban seized the district centre.', ['ORG Taliban AFG']],
    ['a short name is never guessed', 'Hammas said the talks had failed.', ['PERSON Hammas -']],
  ]
  it.each(cases)('%s', (_label, text, expected) => {
    expect(summary(text)).toEqual(expected)
  })

  it('keeps a word with another ending apart ("Política" is not Politico)', () => {
    expect(summary('Política reported the leak first.').join()).not.toContain('Politico')
  })
})

describe('organisation words with a letter dropped', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a state before a misspelt body gives its state',
      'Pressure grew from the Malawi Anti-Fraud Commision on Friday.',
      ['ORG Anti-Fraud Commision MWI'],
    ],
    [
      'a misspelt head word',
      'Delegates of the Harbour Workers Asociation walked out.',
      ['ORG Harbour Workers Asociation -'],
    ],
  ]
  it.each(cases)('%s', (_label, text, expected) => {
    expect(summary(text)).toEqual(expected)
  })
})
