import { describe, expect, it } from 'vitest'
import { brief, eventsOf } from './test-doc.js'

const code = eventsOf

// Coding rules added after studying misses; [label, text written by the team, expected events].
const RULES: Array<[string, string, string[]]> = [
  [
    'a modal after a place name ending in -al is still a verb',
    'Norway said on Monday that the rebels in Kidal must hand over their weapons to Mali.',
    ['REQUEST NOR->MLI'],
  ],
  [
    'two coordinated subjects of one state give two events',
    'The Dutch minister said that the Malian government and the rebels in Kidal must agree to a ceasefire.',
    ['REQUEST NLD->MLI', 'REQUEST NLD->MLI'],
  ],
  [
    'a demonym over two coordinated nouns gives two actors',
    'Sudanese helicopters and tanks shelled rebel positions near the Chadian border.',
    ['ASSAULT SDN->TCD', 'ASSAULT SDN->TCD'],
  ],
  [
    'a leader and his party are two conjuncts',
    "Kenya's opposition said that the Kenyan president and his cabinet must resign.",
    ['REQUEST KEN->KEN', 'REQUEST KEN->KEN'],
  ],
  [
    'a single subject stays one event',
    'The Malian government agreed to open the northern roads.',
    ['AGREE MLI->-'],
  ],
  [
    'a list of titles is not a coordination',
    'OSLO – Norwegian Prime Minister Erna Solberg condemned the attack on Mali.',
    ['ACCUSE NOR->MLI'],
  ],
  [
    'a conjunct with an unplaced name is not taken as the same state',
    'On Monday Putin and President Sadyr Japarov held talks in Bishkek.',
    ['CONSULT RUS->KGZ'],
  ],
  ['a force verb in an idiom is no attack', 'Even if it is a forgery, Serbia struck a nerve.', []],
  [
    'a force verb on a plan is criticism',
    'Serbia attacked the Croatian plan to build a dam on the river.',
    ['ACCUSE SRB->HRV'],
  ],
  [
    'a force verb on positions is still an attack',
    'Serbian artillery attacked Croatian positions near the river.',
    ['ASSAULT SRB->HRV'],
  ],
  [
    '"it" after a subject naming no party is not an older state',
    'Chile imposed a curfew on Monday. Then, late on Tuesday, a letter appeared on the website of a senator. It accused Peru of spying.',
    ['COERCE CHL->CHL'],
  ],
  [
    '"it" after a pronoun subject keeps its antecedent',
    'Chile imposed a curfew on Monday. It also closed the border. It accused Peru of spying.',
    ['COERCE CHL->CHL', 'SANCTION CHL->-', 'ACCUSE CHL->PER'],
  ],
  [
    'an order to a named company of no state has no state recipient',
    "A court in the Polish city of Gdansk has ordered the Baltic Grain Consortium to halt its exports for a month, a decision that hurts the main trade route for Ukraine's grain.",
    ['REQUEST POL->-'],
  ],
  [
    'a judge ordering a compatriot is a domestic request',
    'The Argentine judge ordered former president Carlos Menem to appear in court.',
    ['REQUEST ARG->ARG'],
  ],
  [
    'a demonym naming citizenship is no party, and citizenship prevents nothing as an actor',
    'He holds Canadian as well as Armenian citizenship, which would prevent him from running for office.',
    [],
  ],
  [
    'citizens of a state are that state',
    'Latvia closed its border to Russian citizens on Monday.',
    ['SANCTION LVA->RUS'],
  ],
  [
    'an unplaced group acting on the only state named acts at home',
    "Gunmen loyal to a Chadian warlord tried to assassinate Chad's interior minister on Sunday.",
    ['ASSAULT TCD->TCD'],
  ],
  [
    'a party of unknown state threatening a boycott of the only state named',
    "The small Renewal party said it will boycott Bolivia's regional elections unless the vote is delayed.",
    ['THREATEN BOL->BOL'],
  ],
  [
    'an unplaced victim of a passive verb is no actor',
    'At least four Chadian soldiers were killed in an ambush near the lake.',
    [],
  ],
  [
    'an international body is not taken as the state it names',
    'A world water forum concluded that Chile must spend more on sanitation.',
    [],
  ],
  [
    'a pro-X subject is not of state X',
    'The pro-Turkish militia declared a ceasefire in northern Syria on Monday.',
    [],
  ],
  [
    'an X-backed subject is not of state X',
    'Iranian-backed fighters shelled Israeli positions near the border.',
    [],
  ],
  [
    'a pro-X target still counts as X',
    'Kazakhstan does not recognise the two pro-Russian rebel regions in eastern Ukraine.',
    ['REJECT KAZ->RUS'],
  ],
  [
    'a relative clause takes the party named right before its pronoun',
    'Serbia abstained in the vote at the UN Security Council that condemned the Croatian offensive.',
    ['ACCUSE UN->HRV'],
  ],
  [
    'a relative "which" after a comma takes the state before it',
    'Lima has deepened its ties with Chile, which has agreed to supply Peru with fuel.',
    ['AGREE CHL->PER'],
  ],
  [
    'a participle after a determiner is an adjective',
    'Chilean border guards took up positions along the agreed line on Monday.',
    [],
  ],
  [
    'a nominal with an "of" complement before its agent',
    'The deployment of warships by Turkey worried Greece.',
    ['MOBILIZE TUR->GRC'],
  ],
  [
    'a nominal subject of a passive support verb',
    'Sanctions were imposed on Venezuela by Canada last week.',
    ['SANCTION CAN->VEN'],
  ],
  ['a passive nominal with no agent names no actor', 'New sanctions were imposed on Cuba.', []],
  [
    'two sides meeting in a capital: the capital is the venue',
    'Japan and South Korea held talks in Seoul on Friday.',
    ['CONSULT JPN->KOR', 'CONSULT KOR->JPN'],
  ],
  ['"riot police" is no riot', 'Riot police guarded the parliament in Minsk on Sunday.', []],
  [
    'demonstrators protesting something are a protest',
    'Chilean police used tear gas on demonstrators protesting the pension reform in Santiago.',
    ['PROTEST CHL->CHL'],
  ],
  [
    'a plural possessive apostrophe is no closing quote, and "there is" supports a nominal',
    'Chile is calm for now. Still, there is a copper miners’ strike in the north.',
    ['PROTEST CHL->CHL'],
  ],
  [
    'a trailing ", X said" is the source, not an apposition object',
    'Turkey attacked the village overnight, Erdogan said on Friday.',
    ['ASSAULT TUR->-'],
  ],
  [
    'an organisation of unknown state as object is domestic',
    'Peruvian President Alan Garcia said he is prepared to lift the ban on the Andean Workers Front (AWF).',
    ['AGREE PER->PER'],
  ],
  [
    'a demand attributed at the end of the sentence',
    'Moldova must repay the loan, Romanian officials said on Monday.',
    ['REQUEST ROU->MDA'],
  ],
  [
    'a duty of the speakers themselves is no demand',
    '"We must protect our farmers," the Polish minister said.',
    [],
  ],
  [
    'an irregular past form after a common noun is a verb; a demonym before "counterpart" is a party',
    "Ghana's president met his Togolese counterpart in Accra.",
    ['CONSULT GHA->TGO'],
  ],
  [
    'an irregular form after a determiner is still a noun',
    'The talks were a hit with the Egyptian press, officials in Cairo said.',
    [],
  ],
  [
    'resumed relations',
    'Kenya has resumed diplomatic relations with Somalia.',
    ['COOPERATE KEN->SOM'],
  ],
  [
    'a present-tense verb after a singular title noun',
    'The Kazakh foreign minister warns Russia against interference.',
    ['THREATEN KAZ->RUS'],
  ],
  ['a headline-style visit', "Ghana's president visits Togo this week.", ['CONSULT GHA->TGO']],
  [
    'a release approved by a government',
    "Israel's cabinet approved the release of 100 Palestinian prisoners.",
    ['CONCEDE ISR->PSE'],
  ],
  ['a background release is no event', 'The release of the prisoners was delayed.', []],
  [
    '"called for" a scare-quoted thing is a demand',
    "Kremlin commentators have repeatedly called for a 'special operation' in northern Latvia.",
    ['REQUEST RUS->LVA'],
  ],
  [
    'a show host is no host of a visit; "was next" in reported speech',
    'Russian TV host Ivan Petrov said Moldova was next after Ukraine.',
    ['THREATEN RUS->MDA'],
  ],
  [
    'facing the same fate as another state is a threat',
    'A Russian lawmaker suggested that Moldova could face the same fate as Ukraine.',
    ['THREATEN RUS->MDA'],
  ],
  [
    'dismissing claims is a rejection',
    'The Latvian foreign ministry dismissed the claims as provocative.',
    ['REJECT LVA->-'],
  ],
  [
    'a one-word unplaced subject acting on the only state named',
    'Gunmen shot dead a police officer in Karachi.',
    ['ASSAULT PAK->PAK'],
  ],
  [
    'an unresolved pronoun is no unplaced subject',
    'They shot dead a police officer in Karachi.',
    [],
  ],
  [
    'exchanging fire is mutual',
    'Ethiopian and Eritrean troops exchanged fire along the border.',
    ['ASSAULT ETH->ERI', 'ASSAULT ERI->ETH'],
  ],
  [
    'opening negotiations, the venue aside',
    'Israel and Syria opened negotiations in Washington.',
    ['CONSULT ISR->SYR', 'CONSULT SYR->ISR'],
  ],
  [
    '"and it …" after a relative clause refers to the main subject',
    "Serbia abstained in the vote at the UN General Assembly that condemned the Croatian offensive, and it has refrained from endorsing Zagreb's plan.",
    ['ACCUSE UN->HRV', 'SUPPORT SRB->HRV'],
  ],
]

describe('events: coding rules', () => {
  it.each(RULES)('%s', (_label, text, expected) => {
    expect(code(text).map(brief).sort()).toEqual([...expected].sort())
  })
})

describe('events: status of a clause governed by a denial', () => {
  it.each([
    ['The Kremlin denied that it had threatened Latvia.', 'THREATEN RUS->LVA denied'],
    ['Serbia denied on Monday that it had attacked the convoy.', 'ASSAULT SRB->- denied'],
    ['Latvian officials have rejected the claims.', 'REJECT LVA->- asserted'],
  ])('%s', (text, expected) => {
    expect(code(text).map((e) => `${brief(e)} ${e.status}`)).toEqual([expected])
  })
})
