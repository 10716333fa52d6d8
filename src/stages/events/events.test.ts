import { describe, expect, it } from 'vitest'
import type { CodedEvent } from '../../core/model.js'
import { brief, eventsOf, runOnText } from './test-doc.js'

const code = eventsOf

// [label, sentence written by the team, expected "TYPE ACTOR->RECIPIENT" list]
const TYPES: Array<[string, string, string[]]> = [
  [
    'THREATEN verb',
    'Russia threatened Kazakhstan with retaliation on Monday.',
    ['THREATEN RUS->KAZ'],
  ],
  ['ACCUSE verb', 'Poland accused Germany of blocking the pipeline talks.', ['ACCUSE POL->DEU']],
  [
    'ACCUSE scare-quoted label',
    'Officials in Moscow often call Estonia an “artificial” state.',
    [],
  ],
  ['REJECT', 'France rejected a proposal from Italy on fishing quotas.', ['REJECT FRA->ITA']],
  [
    'REJECT not recognise',
    'Kazakhstan does not recognise the two breakaway regions of Georgia.',
    ['REJECT KAZ->GEO'],
  ],
  ['SANCTION', 'The United States imposed new sanctions on Iran last week.', ['SANCTION USA->IRN']],
  ['MOBILIZE', 'Russia deployed troops to its border with Ukraine.', ['MOBILIZE RUS->UKR']],
  ['ASSAULT', 'Azerbaijan shelled Armenian positions overnight.', ['ASSAULT AZE->ARM']],
  [
    'ASSAULT compound recipient',
    'Moscow attacked two of its neighbours, Georgia and Ukraine.',
    ['ASSAULT RUS->GEO', 'ASSAULT RUS->UKR'],
  ],
  ['AID', 'Japan sent humanitarian aid to Turkey after the earthquake.', ['AID JPN->TUR']],
  ['CONSULT', 'The Chinese foreign minister visited Kazakhstan on Tuesday.', ['CONSULT CHN->KAZ']],
  [
    'AGREE compound actor',
    'Armenia and Azerbaijan agreed to exchange prisoners.',
    ['AGREE ARM->AZE', 'AGREE AZE->ARM'],
  ],
  ['COOPERATE', 'Norway extradited two suspects to Sweden.', ['COOPERATE NOR->SWE']],
  ['SUPPORT', 'Lithuania praised Estonia for its new energy plan.', ['SUPPORT LTU->EST']],
  ['REQUEST', 'Moldova urged Romania to reopen the border crossing.', ['REQUEST MDA->ROU']],
  [
    'PROTEST domestic',
    'Farmers in Poland protested against cheap grain imports.',
    ['PROTEST POL->POL'],
  ],
  [
    'COERCE domestic',
    'Georgian police arrested ten opposition activists in the capital.',
    ['COERCE GEO->GEO'],
  ],
  ['RETREAT', 'Israel withdrew its forces from Lebanon.', ['RETREAT ISR->LBN']],
  ['CONCEDE', 'Belarus released three Lithuanian journalists.', ['CONCEDE BLR->LTU']],
  ['passive voice', 'Ukrainian positions were shelled by Russian artillery.', ['ASSAULT RUS->UKR']],
  ['intent becomes AGREE', 'Poland said it will send aid to Ukraine.', ['AGREE POL->UKR']],
  [
    'intent becomes THREATEN',
    'Turkey said it would close its border with Syria unless the shelling stops.',
    ['THREATEN TUR->SYR'],
  ],
  [
    'intent to withdraw is a threat',
    'Turkey said it will withdraw its ambassador from Sweden.',
    ['THREATEN TUR->SWE'],
  ],
  [
    'capital as domestic target',
    'Polish farmers said they would blockade Warsaw next week.',
    ['THREATEN POL->POL'],
  ],
  [
    'official of unknown state at home',
    'President Jan Novak has banned Slovak opposition rallies.',
    ['COERCE SVK->SVK'],
  ],
  [
    'past head of state named by surname',
    'President Mitterrand threatened Libya with retaliation.',
    ['THREATEN FRA->LBY'],
  ],
  [
    'international NGO acts as itself',
    'Human Rights Watch accused Egypt of torturing detainees.',
    ['ACCUSE HUMAN-RIGHTS-WATCH->EGY'],
  ],
  [
    'an unknown organisation is not an international actor',
    'Turkish police arrested ten students at Kirazli University.',
    ['COERCE TUR->TUR'],
  ],
  [
    'armed group named in lower case',
    'An al-Qaeda cell threatened to bomb embassies of France.',
    ['THREATEN AL-QAEDA->FRA'],
  ],
  ['UN agency as actor', 'The ILO urged Qatar to protect migrant workers.', ['REQUEST ILO->QAT']],
  [
    'ethnic minority protesting at home',
    'About 300 ethnic Kurds marched in Oslo against Norwegian asylum rules.',
    ['PROTEST NOR->NOR'],
  ],
  [
    'a demanded act is not coded as done',
    'Chile said Peru must withdraw its troops from the border.',
    ['REQUEST CHL->PER'],
  ],
  [
    'a second untargeted mention adds no event',
    'Mali rejected an Algerian proposal, and said it also rejected any delay.',
    ['REJECT MLI->DZA'],
  ],
  [
    'ASSAULT ambush',
    'Somali militants ambushed a Kenyan patrol near the border.',
    ['ASSAULT SOM->KEN'],
  ],
  ['COERCE curfew', 'Bolivia imposed a curfew on its eastern cities.', ['COERCE BOL->BOL']],
  [
    'CONSULT discuss',
    'Ghana and Togo discussed border trade.',
    ['CONSULT GHA->TGO', 'CONSULT TGO->GHA'],
  ],
  ['AGREE reach a deal', 'Egypt reached a water deal with Sudan.', ['AGREE EGY->SDN']],
  ['SUPPORT thank', 'Nepal thanked India for its help after the floods.', ['SUPPORT NPL->IND']],
  ['COOPERATE relations', 'Oman restored diplomatic ties with Iran.', ['COOPERATE OMN->IRN']],
  ['SANCTION assets', 'Canada froze the assets of Belarusian officials.', ['SANCTION CAN->BLR']],
  ['MOBILIZE send troops', 'France sent troops to Chad.', ['MOBILIZE FRA->TCD']],
  ['reinforce without forces', 'Peru took steps to reinforce its economy.', []],
  [
    'compound subject met at a venue',
    'Chile and Peru met in Lima on Monday.',
    ['CONSULT CHL->PER', 'CONSULT PER->CHL'],
  ],
  ['single subject met at a venue', 'The Chilean minister met in Lima on Monday.', []],
  ['upper-case US', 'The US imposed sanctions on Cuba.', ['SANCTION USA->CUB']],
  ['must without "that"', 'Chile said Bolivia must return the trucks.', ['REQUEST CHL->BOL']],
  [
    'must after a conclusion',
    'The OSCE concluded on Monday that Serbia must reform its police.',
    ['REQUEST OSCE->SRB'],
  ],
  ['background nominal', 'After its invasion of Ukraine, Russia lost many partners.', []],
  ['habitual trend', 'Russia has always opposed the expansion of the alliance.', []],
  [
    'what a demand asks for did not happen; an unplaced demander acts at home',
    'A small opposition party issued a statement demanding that the Moldovan government release two jailed bloggers.',
    ['REQUEST MDA->MDA'],
  ],
  [
    'a reported clause without "that" has its own subject',
    "Georgia's interior ministry said Russian troops had shelled two Georgian villages.",
    ['ASSAULT RUS->GEO'],
  ],
  [
    'protesters who gather are the actors of a protest',
    'By evening several thousand protesters had gathered outside the parliament in Tbilisi.',
    ['PROTEST GEO->GEO'],
  ],
  [
    'police firing at protesters target them, not a state named later',
    'Georgian police fired water cannon at demonstrators on Monday, days after the plan to cede two villages to Armenia.',
    ['ASSAULT GEO->GEO'],
  ],
  [
    'preparing to sign is no mobilisation',
    'Uzbekistan is preparing to sign a water-sharing deal with Tajikistan.',
    ['AGREE UZB->TJK'],
  ],
  [
    'a thing that threatens something makes no threat',
    "A Russian court suspended the pipeline terminal, a ruling that threatens Kazakhstan's main export route.",
    ['SANCTION RUS->KAZ'],
  ],
  [
    'a state that threatened is still the actor',
    'Russia, which threatened Georgia last year, now courts Tbilisi.',
    ['THREATEN RUS->GEO'],
  ],
  [
    '"will be X\'s next target": the possessor threatens the subject',
    "Analysts said Moldova will be Russia's next target after Ukraine.",
    ['THREATEN RUS->MDA'],
  ],
  [
    '"are next" in reported speech',
    'Russian general Ivan Petrov told his colleagues that the Moldovans are next.',
    ['THREATEN RUS->MDA'],
  ],
  ['"next to" is a place, not a threat', 'Moldova is next to Romania, he said.', []],
  [
    'a demand that names its parties',
    'Azerbaijan urged that Armenia withdraw its troops from the border.',
    ['REQUEST AZE->ARM'],
  ],
]

// [label, text, expected status of its first event]
const STATUSES: Array<[string, string, CodedEvent['status']]> = [
  ['asserted', 'China imposed sanctions on Lithuania in December.', 'asserted'],
  ['alleged', 'Russia reportedly deployed troops near the border with Kazakhstan.', 'alleged'],
  [
    'alleged if genuine',
    'If genuine, the letter shows that Iran threatened Azerbaijan.',
    'alleged',
  ],
  ['hypothetical modal', 'China could impose sanctions on Lithuania.', 'hypothetical'],
  ['hypothetical condition', 'If talks fail, Armenia may attack Azerbaijan again.', 'hypothetical'],
  ['negated', 'Kazakhstan has not imposed sanctions on Russia.', 'negated'],
  ['negated refrained', 'Turkey refrained from supporting Russia at the vote.', 'negated'],
  ['denied', 'Russia denied attacking the Ukrainian convoy.', 'denied'],
  [
    'what "reports that" introduce is alleged',
    'Crowds formed in Baku after reports that Armenia had shelled Azerbaijani villages.',
    'alleged',
  ],
  [
    'an event before "reports that" keeps its status',
    'Azerbaijan signed a transit deal with Georgia, according to reports that officials confirmed.',
    'asserted',
  ],
]

describe('events: PLOVER types', () => {
  it.each(TYPES)('%s', (_label, text, expected) => {
    expect(code(text).map(brief).sort()).toEqual([...expected].sort())
  })
})

describe('events: status', () => {
  it.each(STATUSES)('%s', (_label, text, status) => {
    const [first] = code(text)
    expect(first?.status).toBe(status)
  })
})

describe('events: attribution and mentions', () => {
  it('codes a denial of an earlier leaked threat as the same event, denied', () => {
    const text =
      'A leaked recording suggests that Russian general Ivan Petrov threatened Kazakhstan. ' +
      'Petrov later dismissed the recording as a crude fake.'
    const got = code(text).map((e) => `${brief(e)} ${e.status}`)
    expect(got).toEqual(['THREATEN RUS->KAZ alleged', 'THREATEN RUS->KAZ denied'])
  })

  it("links a denial to a leaked statement pinned only on the denier's state", () => {
    const text =
      "A voice note that sounds like Russian deputy Ivan Petrov appears to say that Moldova will be Russia's next target. " +
      'Petrov, who sits on the defence committee, dismissed the note as a fake.'
    const got = code(text).map((e) => `${brief(e)} ${e.status}`)
    expect(got).toEqual(['THREATEN RUS->MDA alleged', 'THREATEN RUS->MDA denied'])
  })

  it('records who reports the event', () => {
    const [e] = code('Russia attacked a Ukrainian convoy, according to Poland.')
    expect(e && brief(e)).toBe('ASSAULT RUS->UKR')
    expect(e?.reportedBy).toBe('POL')
  })

  it('keeps the sentence as evidence with its span', () => {
    const text = 'Markets were calm. Japan sent humanitarian aid to Turkey.'
    const [e] = code(text)
    expect(e?.evidence).toBe('Japan sent humanitarian aid to Turkey.')
    expect(text.slice(e?.span.start, e?.span.end)).toBe(e?.evidence)
  })

  it('resolves the date against the publication date', () => {
    const [e] =
      runOnText('On Friday, Japan sent humanitarian aid to Turkey.', { published: '2024-06-14' })
        .data.events ?? []
    expect([e?.date, e?.datePrecision]).toEqual(['2024-06-14', 'day'])
    const [f] =
      runOnText('Japan sent humanitarian aid to Turkey.', { published: '2024-06-14' }).data
        .events ?? []
    expect([f?.date, f?.datePrecision]).toEqual(['2024-06-14', 'publication'])
  })

  it('gives every event a PLOVER score on the -10..+10 line', () => {
    const [assault] = code('Azerbaijan shelled Armenian positions overnight.')
    const [aid] = code('Japan sent humanitarian aid to Turkey.')
    expect(assault?.score).toBeLessThan(-5)
    expect(aid?.score).toBeGreaterThan(5)
  })

  it('does not code documents in other languages', () => {
    const doc = runOnText('Russia threatened Kazakhstan with retaliation.', { language: 'deu' })
    expect(doc.data.events).toEqual([])
  })
})
