import { describe, expect, it } from 'vitest'
import type { CodedEvent } from '../../core/model.js'
import { eventsOf } from './test-doc.js'

const code = eventsOf
const brief = (e: CodedEvent): string =>
  `${e.type}/${e.mode ?? '-'} ${e.actor}->${e.recipient ?? '-'}`

// Trigger phrasings added from probe pages; [label, text written by the team, expected events].
const PHRASINGS: Array<[string, string, string[]]> = [
  [
    'an ambassador summoned by a ministry (passive)',
    'The Latvian ambassador was summoned by the Russian foreign ministry on Thursday.',
    ['ACCUSE/disapprove RUS->LVA'],
  ],
  [
    "summoning a chargé d'affaires",
    "Riga summoned the Russian charge d'affaires over the drone flight.",
    ['ACCUSE/disapprove LVA->RUS'],
  ],
  [
    'wanting a named state to act is a request to it, not that act',
    'Lithuania wants Latvia to expel the Belarusian consul.',
    ['REQUEST/- LTU->LVA'],
  ],
  [
    'pressing a state to act',
    'The EU pressed Serbia to align with its sanctions on Russia.',
    ['REQUEST/- EU->SRB'],
  ],
  [
    'a person summoned for questioning is no diplomatic protest',
    'The editor was summoned for questioning by prosecutors in Almaty.',
    [],
  ],
  [
    'speaking by phone with a leader is a consultation',
    'Ilham Aliyev spoke by phone with Recep Tayyip Erdogan, the presidential office said.',
    ['CONSULT/phone AZE->TUR'],
  ],
  [
    'speaking on the telephone with a leader',
    'The Armenian prime minister spoke on the telephone with the Georgian president.',
    ['CONSULT/phone ARM->GEO'],
  ],
  [
    'having a phone call with a leader',
    'The Moldovan president had a phone call with the Romanian prime minister on Friday.',
    ['CONSULT/phone MDA->ROU'],
  ],
  [
    'phoning a named leader',
    'Emmanuel Macron phoned Olaf Scholz on Monday.',
    ['CONSULT/phone FRA->DEU'],
  ],
  [
    'a mobile phone is no call',
    'Georgian officials found a mobile phone near the Armenian border.',
    [],
  ],
  [
    "respecting a state's territorial integrity is support for it",
    "China's deputy foreign minister said Beijing respects the sovereignty of Nepal.",
    ['SUPPORT/- CHN->NPL'],
  ],
  [
    'reaffirming respect for independence',
    'Turkey reaffirmed its respect for the independence of Georgia on Tuesday.',
    ['SUPPORT/- TUR->GEO'],
  ],
]

describe('events: phrasings', () => {
  it.each(PHRASINGS)('%s', (_label, text, expected) => {
    expect(code(text).map(brief).sort()).toEqual([...expected].sort())
  })
})
