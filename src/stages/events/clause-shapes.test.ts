import { describe, expect, it } from 'vitest'
import type { CodedEvent } from '../../core/model.js'
import { eventsOf } from './test-doc.js'

const code = eventsOf
const brief = (e: CodedEvent): string => `${e.type} ${e.actor}->${e.recipient ?? '-'} ${e.status}`

// Clause shapes that used to hide or misplace events; [label, text written by the team, expected].
const SHAPES: Array<[string, string, string[]]> = [
  [
    'a trailing ", a charge X rejected as …" keeps the accusation and adds the rejection',
    'Armenia on Tuesday accused Azerbaijan of shelling villages near the border, a charge the Azerbaijani defence ministry rejected as a fabrication.',
    ['ACCUSE ARM->AZE asserted', 'REJECT AZE->ARM asserted'],
  ],
  [
    'a summary appositive with a named subject',
    'Georgia accused Russia of moving the boundary fences overnight, a claim Moscow dismissed as fake.',
    ['ACCUSE GEO->RUS asserted', 'REJECT RUS->GEO asserted'],
  ],
  [
    'an appositive accusation levelled again repeats the act on new targets',
    'Last month, the Russian foreign minister accused Armenia of hosting foreign labs that could make weapons, an accusation he also leveled against Moldova.',
    ['ACCUSE RUS->ARM asserted', 'ACCUSE RUS->MDA asserted'],
  ],
  [
    'an appositive describing a person is no clause',
    'Nikol Pashinyan, a former journalist, accused Azerbaijan of blocking the road.',
    ['ACCUSE ARM->AZE asserted'],
  ],
  [
    'a stateless named actor still threatens; the relative clause on its object is no event',
    'On Monday, Brankovan threatened to "settle accounts" with Georgian officials who oppose the Russian media law, according to a video posted online.',
    ['THREATEN null->GEO alleged'],
  ],
  [
    'a second verb phrase after "and" is its own event with its own status',
    'A Georgian spokeswoman said Tbilisi had not deployed any extra troops along the line and urged Moscow to resume the talks.',
    ['MOBILIZE GEO->- negated', 'REQUEST GEO->RUS asserted'],
  ],
  [
    'two coordinated past verbs sharing one object stay one clause',
    'Armenia condemned and rejected the Azerbaijani plan.',
    ['ACCUSE ARM->AZE asserted'],
  ],
  [
    'an act known only from a shared clip or video is alleged',
    'A Russian TV host threatened Georgia with "consequences", according to a video shared on Telegram.',
    ['THREATEN RUS->GEO alleged'],
  ],
  [
    'an act according to a named office stays asserted',
    'Armenia accused Azerbaijan of shelling a village, according to the Armenian defence ministry.',
    ['ACCUSE ARM->AZE asserted'],
  ],
]

describe('events: clause shapes', () => {
  it.each(SHAPES)('%s', (_label, text, expected) => {
    expect(code(text).map(brief).sort()).toEqual([...expected].sort())
  })
})
