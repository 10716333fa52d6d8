import { describe, expect, it } from 'vitest'
import { runEntities } from './test-run.js'

const run = runEntities
const mentionsOf = (text: string) =>
  run(text).mentions.map((m) => `${m.text}=${m.entity}/${m.kind}`)

describe('states and IGOs', () => {
  const cases: Array<[string, string, string[]]> = [
    ['country name', 'Talks in Hungary ended.', ['Hungary=HUN/name']],
    ['demonym', 'A Romanian diplomat left.', ['Romanian=ROU/demonym']],
    [
      'plural demonym',
      'Kazakhs and Uzbeks protested.',
      ['Kazakhs=KAZ/demonym', 'Uzbeks=UZB/demonym'],
    ],
    ['adjective -stani', 'The Kazakhstani envoy spoke.', ['Kazakhstani=KAZ/demonym']],
    [
      'adjective that differs from the demonym noun',
      'Two Philippine frigates and an Icelandic trawler docked.',
      ['Philippine=PHL/demonym', 'Icelandic=ISL/demonym'],
    ],
    [
      'one of two peoples named in one demonym entry',
      'An Antiguan minister and a Nevisian lawyer met.',
      ['Antiguan=ATG/demonym', 'Nevisian=KNA/demonym'],
    ],
    [
      'seat of government',
      'The Kremlin denied it; Akorda was silent.',
      ['Kremlin=RUS/metonym', 'Akorda=KAZ/metonym'],
    ],
    [
      'capital',
      'Beijing and Washington disagreed with Kyiv.',
      ['Beijing=CHN/capital', 'Washington=USA/capital', 'Kyiv=UKR/capital'],
    ],
    ['upper-case acronym US', 'The US and Peru signed it.', ['US=USA/name', 'Peru=PER/name']],
    ['lower-case us is a pronoun', 'Let us see what Peru does.', ['Peru=PER/name']],
    [
      'official name with an apostrophe',
      "Envoys of the Democratic People's Republic of Korea left.",
      ["Democratic People's Republic of Korea=PRK/name"],
    ],
    ['possessive is not part of a name', "Peru's army moved.", ['Peru=PER/name']],
    [
      'former state names its successor',
      'Zaire and Yugoslavia voted no.',
      ['Zaire=COD/name', 'Yugoslavia=SRB/name'],
    ],
    ['ethnic minority is not the state', 'Ethnic Greeks in Albania voted.', ['Albania=ALB/name']],
    ['short name of Bosnia', 'Aid reached Bosnia.', ['Bosnia=BIH/name']],
    ['Northern Ireland is in the UK', 'Rain hit Northern Ireland.', ['Northern Ireland=GBR/name']],
    [
      'multi-word seat',
      'Downing Street and the White House agreed.',
      ['Downing Street=GBR/metonym', 'White House=USA/metonym'],
    ],
    ['possessive', 'Kazakhstan’s envoy met him.', ['Kazakhstan=KAZ/name']],
    ['lower-case name in a sloppy page', 'trade with russia grew', ['russia=RUS/name']],
    ['common word not a state', 'We ate turkey in china bowls.', []],
    [
      'IGO acronyms',
      'The CSTO, EAEU, SCO and OSCE met; the UN and NATO too.',
      [
        'CSTO=CSTO/acronym',
        'EAEU=EAEU/acronym',
        'SCO=SCO/acronym',
        'OSCE=OSCE/acronym',
        'UN=UN/acronym',
        'NATO=NATO/acronym',
      ],
    ],
    [
      'IGO full name',
      'The Commonwealth of Independent States and the European Union.',
      ['Commonwealth of Independent States=CIS/name', 'European Union=EU/name'],
    ],
    ['acronym only in upper case', 'Let us go; the un-named sco', []],
    ['dotted acronym', 'The U.S. said no.', ['U.S.=USA/name']],
  ]
  it.each(cases)('%s', (_label, text, expected) => {
    expect(
      mentionsOf(text).filter(
        (m) => /\/(name|demonym|metonym|capital|acronym)$/.test(m) && !/=[a-z]/.test(m),
      ),
    ).toEqual(expected)
  })

  it('gives states their ISO3 code and IGOs their short name', () => {
    const r = run('Kazakh troops joined a CSTO drill.')
    expect(r.entities.map((e) => [e.id, e.type, e.country])).toEqual([
      ['KAZ', 'COUNTRY', 'KAZ'],
      ['CSTO', 'IGO', null],
    ])
  })
})
