import { describe, expect, it } from 'vitest'
import { brief, eventsOf } from './test-doc.js'

// Status cues beyond modals: [label, text written by the team, expected "TYPE A->B status"].
const CASES: Array<[string, string, string[]]> = [
  [
    'a yes/no question asks whether the act happens, and its "will" is no intention',
    'Will Moscow invade Kazakhstan next? Analysts are divided.',
    ['ASSAULT RUS->KAZ hypothetical'],
  ],
  [
    'a "why" question takes the act as given',
    'Why did Chile expel two Peruvian diplomats?',
    ['SANCTION CHL->PER asserted'],
  ],
  [
    'a sentence-initial "if" clause is conditional',
    'If Russia attacks Kazakhstan, the alliance will stay out, a diplomat predicted.',
    ['ASSAULT RUS->KAZ hypothetical'],
  ],
  [
    'an inverted "should" conditional, and its main clause coded on its own',
    'Should Baku launch an offensive, Yerevan would ask Moscow for help.',
    ['ASSAULT AZE->ARM hypothetical', 'REQUEST ARM->RUS hypothetical'],
  ],
  [
    'a sentence-initial "when" clause is split off; its main clause is coded',
    'When the talks collapsed, Bolivia recalled its ambassador from Chile.',
    ['SANCTION BOL->CHL asserted'],
  ],
  [
    '"the claims" naming a statement being rejected casts no doubt on the accusation',
    'Estonia has accused Russia of jamming GPS signals, but Moscow says the claims are baseless.',
    ['REJECT RUS->EST asserted', 'ACCUSE EST->RUS asserted'],
  ],
  [
    'a rejection of reports denies what they report',
    'The Kremlin rejected reports that it had threatened Astana.',
    ['THREATEN RUS->KAZ denied'],
  ],
  [
    'a summary appositive "a claim X denied" is a rejection',
    'Poland on Tuesday accused Belarus of pushing migrants across the frontier, a claim Minsk denied.',
    ['REJECT BLR->POL asserted', 'ACCUSE POL->BLR asserted'],
  ],
  [
    'a relative clause "which X denied" is a rejection',
    'Lithuania accused Russia of jamming GPS signals over the Baltic, which Moscow denied.',
    ['REJECT RUS->LTU asserted', 'ACCUSE LTU->RUS asserted'],
  ],
  [
    '"no evidence that" leaves what follows alleged',
    'There is no evidence that Turkey sold drones to Sudan.',
    ['AID TUR->SDN alleged'],
  ],
  [
    '"has yet to" negates',
    "Japan has yet to impose sanctions on Russia's oil sector.",
    ['SANCTION JPN->RUS negated'],
  ],
  [
    'weighing sanctions is a hypothetical sanction',
    'The United States is weighing new sanctions against Iran.',
    ['SANCTION USA->IRN hypothetical'],
  ],
  [
    'trading accusations is mutual',
    'Armenia and Azerbaijan traded accusations over the shelling.',
    ['ACCUSE ARM->AZE asserted', 'ACCUSE AZE->ARM asserted'],
  ],
  [
    '"alleged" qualifying the object casts no doubt on the act',
    'Chile arrested two Peruvian nationals over an alleged plot to bomb the port.',
    ['COERCE CHL->PER asserted'],
  ],
  [
    '"alleged" on the object of a condemnation leaves the condemnation asserted',
    'Chile condemned the alleged Peruvian incursion near Arica.',
    ['ACCUSE CHL->PER asserted'],
  ],
  [
    '"allegedly" before the act still casts doubt',
    'Russia allegedly attacked Georgian positions near the border.',
    ['ASSAULT RUS->GEO alleged'],
  ],
  [
    'a fronted time clause states a fact of its own',
    'When Azerbaijani forces attacked positions inside Armenia in 2016, Yerevan asked the CSTO for military help.',
    ['ASSAULT AZE->ARM asserted', 'REQUEST ARM->CSTO asserted'],
  ],
  [
    '"has since" is an adverb, and a relative clause after it keeps its antecedent',
    'Yerevan has since deepened contacts with the European Union, which deployed monitors along the Armenian side of the border.',
    ['MOBILIZE EU->ARM asserted'],
  ],
  [
    '"ought to" is like "should": what is urged did not happen',
    'A few commentators argue that Peru ought to seize the disputed islets from Chile.',
    ['COERCE PER->CHL hypothetical'],
  ],
  [
    'not ruling something out leaves it open',
    'Tokayev has not ruled out asking the CSTO for peacekeepers again.',
    ['REQUEST KAZ->CSTO hypothetical'],
  ],
  [
    "sharing another state's fate is a threat by the speaker",
    '"If Kazakhstan keeps flirting with the West, it will share the fate of Ukraine," Russian lawmaker Andrei Gurulyov said on his show.',
    ['THREATEN RUS->KAZ asserted'],
  ],
  [
    'a negated intention states none: the act itself is negated',
    "Tokayev's spokesman said the president had no plans to travel to Moscow for the summit.",
    ['CONSULT KAZ->RUS negated'],
  ],
]

describe('events: status cues', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(eventsOf(text).map((e) => `${brief(e)} ${e.status}`)).toEqual(expected)
  })
})
