import { describe, expect, it } from 'vitest'
import type { CodedEvent } from '../../core/model.js'
import { eventsOf } from './test-doc.js'

const brief = (e: CodedEvent): string =>
  `${e.type}/${e.mode ?? '-'} ${e.actor}->${e.recipient ?? '-'} ${e.status}`

// Troop moves across borders, vows of retaliation, arms deliveries and trade measures:
// [label, text written by the team, expected].
const CASES: Array<[string, string, string[]]> = [
  [
    'troops crossing into a neighbour are an assault',
    'Tajik troops crossed into Kyrgyz territory near Batken before dawn, Bishkek said.',
    ['ASSAULT/- TJK->KGZ asserted'],
  ],
  [
    'people crossing a border are not',
    'Hundreds of Afghan families crossed into Tajikistan on foot last week.',
    [],
  ],
  [
    'a denied crossing by forces',
    'Baku denied that Azerbaijani forces crossed into Armenia on Sunday.',
    ['ASSAULT/- AZE->ARM denied'],
  ],
  [
    'an incursion by a state’s forces, named by the one who condemns it',
    'Georgia condemned the incursion by Russian forces near the administrative line.',
    ['ACCUSE/disapprove GEO->RUS asserted', 'ASSAULT/- RUS->GEO asserted'],
  ],
  [
    'massing soldiers on a border is a mobilisation',
    'Azerbaijan has massed soldiers along the Armenian border, officials in Yerevan said.',
    ['MOBILIZE/troops AZE->ARM asserted'],
  ],
  [
    'vowing to retaliate against a state threatens it',
    'Pakistan vowed to retaliate against India for the missile strikes.',
    ['THREATEN/violence PAK->IND asserted'],
  ],
  [
    'vowing to retaliate, no target named',
    'Tehran vowed to retaliate after the killing of its commander.',
    ['THREATEN/violence IRN->- asserted'],
  ],
  [
    'retaliating against a state is an assault',
    'Israel retaliated against Iran with strikes on air defences, the army said.',
    ['ASSAULT/- ISR->IRN asserted'],
  ],
  [
    'retaliating with a trade measure is no assault',
    'Beijing retaliated by raising tariffs on Canadian canola.',
    [],
  ],
  // Arms deliveries and troop moves.
  [
    'a denied arms delivery',
    'Uzbekistan denied reports that it had supplied drones to Afghanistan.',
    ['AID/military UZB->AFG denied'],
  ],
  [
    'selling missiles (irregular past)',
    'North Korea sold missiles to Russia, officials in Seoul said.',
    ['AID/military PRK->RUS asserted'],
  ],
  [
    'troops moved to a border',
    'Azerbaijan moved troops to its border with Iran on Thursday.',
    ['MOBILIZE/troops AZE->IRN asserted'],
  ],
  ['a company moving offices is no mobilisation', 'The bank moved its offices to Dubai.', []],
  // Trade and transit measures.
  [
    'an import ban on a state is a sanction',
    'Russia banned imports of Tajik apricots on Tuesday.',
    ['SANCTION/discontinue RUS->TJK asserted'],
  ],
  [
    'a national agency restricting deliveries',
    'Rospotrebnadzor restricted deliveries of Georgian wine.',
    ['SANCTION/discontinue RUS->GEO asserted'],
  ],
  ['banning a party at home is no sanction', 'The government banned the opposition party.', []],
]

describe('events: border moves, retaliation, arms and trade', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(eventsOf(text).map(brief).sort()).toEqual([...expected].sort())
  })
})
