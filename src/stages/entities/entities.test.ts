import { describe, expect, it } from 'vitest'
import { runEntities } from './test-run.js'

const run = runEntities
/** "TYPE name country sector" of every non-state entity, in output order. */
const summary = (text: string, authors: string[] = []) =>
  run(text, authors)
    .entities.filter((e) => e.type !== 'COUNTRY' && e.type !== 'IGO')
    .map((e) => `${e.type} ${e.name} ${e.country ?? '-'} ${e.sector ?? '-'}`)

describe('affiliation from titles and context', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'demonym + title',
      'Russian Foreign Minister Oleg Vorobyov flew to Astana on Monday.',
      ['PERSON Oleg Vorobyov RUS GOV'],
    ],
    [
      'plural title before two names, "of" and a country after each',
      'The talks were chaired by Deputy Prime Ministers Aram Petrosyan of Armenia and Elchin Guliyev of Azerbaijan.',
      ['PERSON Aram Petrosyan ARM GOV', 'PERSON Elchin Guliyev AZE -'],
    ],
    [
      '"of" a country that goes on is not the person\'s state',
      "Talks between Aibek Nurlanov of Kyrgyzstan's ruling party and officials ended.",
      ['PERSON Aibek Nurlanov - -'],
    ],
    [
      'an envoy is not from the state he is sent to',
      "Ukraine's ambassador to Kazakhstan, Petro Vrublevsky, was summoned.",
      ['PERSON Petro Vrublevsky UKR GOV'],
    ],
    [
      'a region name closes before the person in the same capitalised run',
      'Governor of Zabaykalsky Krai Aleksandr Osipov said the region would cope.',
      ['PERSON Aleksandr Osipov - GOV', 'PLACE Zabaykalsky Krai RUS -'],
    ],
    [
      'a known place after "in" stays a place before a speech verb',
      'Analysts in Almaty said the price rise would last.',
      ['PLACE Almaty KAZ -'],
    ],
    [
      'an adjective after "told" is not a person',
      'The minister told European officials that the route would stay open.',
      [],
    ],
    [
      'a common word that sounds like a leader is not that leader',
      'The reply leaned on the United Nations Charter and little else.',
      [],
    ],
    [
      '"its" role points back to an intergovernmental body',
      'The CSTO sent a mission headed by its secretary general, Imran Bakirov, to the border.',
      ['PERSON Imran Bakirov - IGO'],
    ],
    [
      '"its" role of a company is no IGO',
      'The company sent its secretary general, Ivan Petrov, to the talks.',
      ['PERSON Ivan Petrov - -'],
    ],
    [
      'the head of an intergovernmental body, then the name',
      'Tokayev later told the head of the European Council, Charles Michel, that supplies were safe.',
      ['PERSON Charles Michel - IGO', 'PERSON Kassym-Jomart Tokayev KAZ GOV'],
    ],
    [
      'a region name on its own is a place',
      'The deputy represents Zabaykalsky Krai in the lower house.',
      ['PLACE Zabaykalsky Krai RUS -'],
    ],
    [
      'a region named by the gazetteer city it is named after',
      'Floods reached Mangystau Region on Sunday.',
      ['PLACE Mangystau KAZ -'],
    ],
    [
      "a town keeps its own name over another town's spelling",
      'Shelling was reported near Goris overnight.',
      ['PLACE Goris ARM -'],
    ],
    [
      'a word inside a full name elsewhere is a name, not a misspelling',
      'Defence minister Tomas Franceo spoke first. Later Franceo said the drills would go ahead.',
      ['PERSON Tomas Franceo - GOV'],
    ],
    [
      'topic words between the article and the role',
      'Dana Omarova, a security analyst in Almaty, said the drills were routine.',
      ['PERSON Dana Omarova KAZ ANALYST', 'PLACE Almaty KAZ -'],
    ],
    [
      'a relative clause is no apposition',
      'Talgat Ermekov, who met the minister on Friday, left early.',
      ['PERSON Talgat Ermekov - -'],
    ],
    [
      'possessive state before the role',
      'Chile recalled Peru’s ambassador Jorge Salas after the row.',
      ['PERSON Jorge Salas PER GOV'],
    ],
    [
      'abbreviated military ranks are titles, not first names',
      'Maj. Gen. Ivan Popov inspected the unit; Gen Arman Tulegenov did not.',
      ['PERSON Ivan Popov - MIL', 'PERSON Arman Tulegenov - MIL'],
    ],
    [
      'titles of their own after "and"',
      'Dr. Aigul Sarsen and Mr. Bolat Temir spoke; Lt. Gen. Oleg Marin and Col. Ruslan Bekov listened.',
      [
        'PERSON Aigul Sarsen - -',
        'PERSON Bolat Temir - -',
        'PERSON Oleg Marin - MIL',
        'PERSON Ruslan Bekov - MIL',
      ],
    ],
    [
      'a four-letter abbreviated rank',
      'Officers said Capt. Ilya Sorin was hurt.',
      ['PERSON Ilya Sorin - MIL'],
    ],
    [
      "a state's ruler before an abbreviated rank",
      "Niger's military ruler Gen. Abdou Saley hosted the delegation.",
      ['PERSON Abdou Saley NER MIL'],
    ],
    [
      'an apposition before a titled name',
      "Mali's interim president, Colonel Amadou Keita, did not attend.",
      ['PERSON Amadou Keita MLI MIL'],
    ],
    [
      'a name with an Arabic article, and the surname alone',
      'President Karim al-Hashimi flew home. Hashimi had ruled since 2005.',
      ['PERSON Karim al-Hashimi - GOV'],
    ],
    [
      "an English word close to a leader's surname is not that leader",
      'Courts in the north apply Sharia law to traders.',
      [],
    ],
    [
      'a sheikh and an Arabic particle',
      'The emirate sent Sheikh Tamir al-Rashid to the talks.',
      ['PERSON Tamir al-Rashid - -'],
    ],
    [
      "a state's ruler",
      "Niger's military ruler Abdou Saley hosted the delegation.",
      ['PERSON Abdou Saley NER GOV'],
    ],
    [
      'a city or region before a government role names the state',
      'Kharkiv mayor Oleh Danylenko and Mangystau region governor Aidos Serikov spoke by phone.',
      [
        'PERSON Oleh Danylenko UKR GOV',
        'PERSON Aidos Serikov KAZ GOV',
        'PLACE Kharkiv UKR -',
        'PLACE Mangystau KAZ -',
      ],
    ],
    [
      'a city before a reporter names where one works, not the state',
      'Moscow correspondent Hanna Lindqvist filed the story.',
      ['PERSON Hanna Lindqvist - MED'],
    ],
    [
      'a verb between a state and the title',
      'The Danish cabinet praised President Milo Ranic for the reform.',
      ['PERSON Milo Ranic - GOV'],
    ],
    [
      'past head of state by surname',
      'Speaking in Oslo, Chancellor Kohl urged patience.',
      ['PERSON Helmut Kohl DEU GOV'],
    ],
    [
      'military rank',
      'Lieutenant General Timur Kuanyshev inspected the base.',
      ['PERSON Timur Kuanyshev - MIL'],
    ],
    [
      'lower-case role before the name',
      'According to political scientist Aidos Sarsenbaev, the vote was rigged.',
      ['PERSON Aidos Sarsenbaev - ANALYST'],
    ],
    [
      'apposition with adjective',
      'Aidos Sarsenbaev, a Kazakh sociologist, disagreed.',
      ['PERSON Aidos Sarsenbaev KAZ ANALYST'],
    ],
    [
      'predicate with state',
      'Dilnoza Karimova is an economist from Uzbekistan.',
      ['PERSON Dilnoza Karimova UZB ANALYST'],
    ],
    [
      'apposition with a known body',
      'Pavel Sorokin, a deputy of the State Duma, spoke first.',
      ['PERSON Pavel Sorokin RUS LEG', 'ORG State Duma RUS LEG'],
    ],
    [
      'a later clause gives no state',
      'Timur Kuanyshev, then flew to Japan for talks.',
      ['PERSON Timur Kuanyshev - -'],
    ],
    [
      'head of state by surname',
      'On Friday Putin answered the question.',
      ['PERSON Vladimir Putin RUS GOV'],
    ],
    [
      'a name that is also English words, by a speech verb',
      'Prices will rise, said Nadia Fisher on Monday.',
      ['PERSON Nadia Fisher - -'],
    ],
    [
      'state in the possessive before a title',
      'Mongolia’s Foreign Minister Bat Erdene met the envoy.',
      ['PERSON Bat Erdene MNG GOV'],
    ],
    [
      'seat of government in an apposition',
      'Ivan Sorokin, the Kremlin spokesman, declined to comment.',
      ['PERSON Ivan Sorokin RUS GOV'],
    ],
    [
      'IGO in an apposition',
      'Lena Kask, a commissioner of the European Union, spoke.',
      ['PERSON Lena Kask - IGO'],
    ],
    [
      'a ministry named by its head word',
      'The Kyrgyz Interior Ministry confirmed the arrests.',
      ['ORG Interior Ministry KGZ GOV'],
    ],
    [
      'official of an IGO',
      'U.N. Secretary-General Anna Lindqvist arrived in Kabul.',
      ['PERSON Anna Lindqvist - IGO'],
    ],
    [
      'title that stays in the name',
      'Patriarch Kirill met the delegation.',
      ['PERSON Patriarch Kirill - REL'],
    ],
    [
      'byline author with a title',
      'The harvest was poor this year.',
      ['PERSON Aigerim Sadykova - -'],
    ],
  ]
  it.each(cases)('%s', (label, text, expected) => {
    const authors = label.startsWith('byline') ? ['Editor Aigerim Sadykova'] : []
    expect(summary(text, authors)).toEqual(expected)
  })
})

describe('resolution within a document', () => {
  it('joins a surname (also possessive) to the full name and keeps titled forms as aliases', () => {
    const r = run(
      'General Timur Kuanyshev arrived. Kuanyshev’s staff waited. Later General Kuanyshev left.',
    )
    const people = r.entities.filter((e) => e.type === 'PERSON')
    expect(people).toHaveLength(1)
    expect(people[0]?.aliases).toEqual(
      expect.arrayContaining([
        'Timur Kuanyshev',
        'General Timur Kuanyshev',
        'Kuanyshev',
        'General Kuanyshev',
      ]),
    )
    expect(r.mentions.filter((m) => m.entity === people[0]?.id).map((m) => m.text)).toEqual([
      'Timur Kuanyshev',
      'Kuanyshev',
      'Kuanyshev',
    ])
  })

  it('keeps two people who share a surname apart', () => {
    const r = run(
      'Oleg Vorobyov met his cousin Pavel Vorobyov in Omsk. Pavel Vorobyov later denied it.',
    )
    expect(r.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([
      'Oleg Vorobyov',
      'Pavel Vorobyov',
    ])
  })

  it('reads a name that a sloppy page wrote in lower case after a title', () => {
    expect(summary('Kazakh President nurlan-Zhomart aitbayev has spoken.')).toEqual([
      'PERSON nurlan-Zhomart aitbayev KAZ GOV',
    ])
  })
})

describe('organisations and places', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'ministry of a state',
      'The Ministry of Energy of Kazakhstan denied the report.',
      ['ORG Ministry of Energy of Kazakhstan KAZ GOV'],
    ],
    [
      'think tank by head word',
      'He works at the Steppe Policy Institute.',
      ['ORG Steppe Policy Institute - NGO'],
    ],
    [
      'outlet by domain and country code',
      'As steppenews.kz reported, prices rose.',
      ['ORG steppenews.kz KAZ MED'],
    ],
    [
      'outlet by what follows',
      'The Karavan Telegram channel, linked to the Russian army, posted it.',
      ['ORG Karavan RUS MED'],
    ],
    ['newspaper with its article', 'The Aral Times wrote about it.', ['ORG The Aral Times - MED']],
    ['city by alternate name', 'Floods hit villages near Uralsk.', ['PLACE Oral KAZ -']],
    ['region', 'Drones struck targets in Tatarstan.', ['PLACE Tatarstan RUS -']],
    ['headline words are not people', 'Economic Dependencies and Central Asian Security', []],
    ['common words are not places', 'Of course the Man from Nice spoke.', []],
  ]
  it.each(cases)('%s', (_label, text, expected) => {
    expect(summary(text)).toEqual(expected)
  })

  it('joins an acronym defined in parentheses to its name, lower-case first word included', () => {
    const r = run('Oil flows through the caspian Grain Consortium (CGC). The CGC has stopped.')
    const org = r.entities.find((e) => e.type === 'ORG')
    expect(org?.aliases).toEqual(['caspian Grain Consortium', 'CGC'])
    expect(r.mentions.filter((m) => m.entity === org?.id).map((m) => m.text)).toEqual([
      'caspian Grain Consortium',
      'CGC',
      'CGC',
    ])
  })

  it('joins a variant full name to a known IGO through its acronym', () => {
    const r = run('Troops of the Collective Security Treaty Alliance (CSTO) arrived.')
    expect(r.entities.map((e) => e.id)).toEqual(['CSTO'])
  })
})

describe('mentions', () => {
  it('are sorted, non-overlapping and inside the text', () => {
    const text =
      'Russian Deputy Pavel Sorokin told the Kremlin and the State Duma Committee on Defense that Kazakhs near Uralsk fear NATO.'
    const ms = run(text).mentions
    for (const [k, m] of ms.entries()) {
      expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
      if (k > 0)
        expect(m.span.start).toBeGreaterThanOrEqual((ms[k - 1] as (typeof ms)[number]).span.end)
    }
    expect(ms.map((m) => `${m.text}:${m.kind}`)).toEqual([
      'Russian:demonym',
      'Pavel Sorokin:name',
      'Kremlin:metonym',
      'State Duma Committee on Defense:name',
      'Kazakhs:demonym',
      'Uralsk:name',
      'NATO:acronym',
    ])
  })
})

describe('authors typed by the bio the cleaner took out of the body', () => {
  const withBio = (authors: string[], notes: string[]) =>
    runEntities('The talks in Bishkek ended without a statement.', authors, notes)
      .entities.filter((e) => e.type === 'PERSON')
      .map((e) => `${e.name} ${e.country ?? '-'} ${e.sector ?? '-'}`)
  const cases: Array<[string, string[], string[], string[]]> = [
    [
      'country and sector from "is a … from"',
      ['Aigerim Sultanova'],
      ['Aigerim Sultanova is a security analyst from Kyrgyzstan who writes on border issues.'],
      ['Aigerim Sultanova KGZ ANALYST'],
    ],
    [
      'a demonym before the role',
      ['Piotr Nowicki'],
      ['Piotr Nowicki is a Polish journalist covering the Caucasus.'],
      ['Piotr Nowicki POL MED'],
    ],
    [
      'a bio about someone else gives nothing',
      ['Piotr Nowicki'],
      ['Anna Reyes is a Chilean diplomat.'],
      ['Piotr Nowicki - -'],
    ],
    ['no bio', ['Piotr Nowicki'], [], ['Piotr Nowicki - -']],
    ['a newsroom byline is no person', ['Steppe Wire Desk'], [], []],
  ]
  it.each(cases)('%s', (_label, authors, notes, expected) => {
    expect(withBio(authors, notes)).toEqual(expected)
  })
})

describe('misspelt state names', () => {
  it('finds the states behind one-letter misspellings', () => {
    const states = run("Quatar's emir flew to Ethopia on Monday.")
      .entities.filter((e) => e.type === 'COUNTRY')
      .map((e) => e.id)
    expect(states.sort()).toEqual(['ETH', 'QAT'])
  })

  // A misspelt demonym stands before its noun; a lone word one letter off one is an unknown place.
  it.each([
    ['a misspelt demonym before its noun', 'Ukranian troops shelled the town on Monday.', ['UKR']],
    [
      'a place one letter off a demonym, then a preposition',
      'Coast guard ships gathered off Palawan on Sunday.',
      [],
    ],
    ['a place one letter off a demonym, at the end', 'The ships sailed on to Palawan.', []],
  ])('%s', (_label, text, expected) => {
    const states = run(text)
      .entities.filter((e) => e.type === 'COUNTRY')
      .map((e) => e.id)
    expect(states).toEqual(expected)
  })
})

describe('rivers, lakes and valleys named after states', () => {
  it.each([
    [
      'a river after the name',
      'Gunfire was heard on the Niger river near Gaya.',
      'Niger river',
      [],
    ],
    ['a capitalised River', 'Ferries crossed the Congo River at dawn.', 'Congo River', []],
    ['a lake before the name', 'Herders on Lake Chad lost their cattle.', 'Lake Chad', []],
    ['a valley', 'Farmers in the Jordan Valley protested.', 'Jordan Valley', []],
    ['a gulf of a state', 'Jets flew over the Gulf of Finland.', 'Gulf of Finland', []],
    ['a sea of a state', 'Warships entered the Sea of Japan.', 'Sea of Japan', []],
    ['the states themselves stay states', 'Niger and Chad signed a deal.', null, ['NER', 'TCD']],
  ])('%s', (_label, text, place, states) => {
    const { entities } = run(text)
    if (place)
      expect(entities.filter((e) => e.type === 'PLACE').map((e) => e.name)).toContain(place)
    expect(entities.filter((e) => e.type === 'COUNTRY').map((e) => e.id)).toEqual(states)
  })
})

describe('a person named after "his/her <title>"', () => {
  const countryOf = (text: string, name: string) =>
    run(text).entities.find((e) => e.name === name)?.country ?? null
  it.each([
    [
      'serves the person before',
      'Tajik President Emomali Rahmon and his security chief Saimumin Yatimov flew to Moscow.',
      'Saimumin Yatimov',
      'TJK',
    ],
    [
      'a counterpart is of the other side',
      'Ilham Aliyev met his Georgian counterpart Irakli Kobakhidze.',
      'Irakli Kobakhidze',
      'GEO',
    ],
  ])('%s', (_label, text, name, country) => {
    expect(countryOf(text, name)).toBe(country)
  })
})
