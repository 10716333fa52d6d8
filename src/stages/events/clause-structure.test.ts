import { describe, expect, it } from 'vitest'
import { brief, eventsOf } from './test-doc.js'

// Clause structure around the trigger: [label, text written by the team, expected
// "TYPE A->B status entity" of each event].
const CASES: Array<[string, string, string[]]> = [
  [
    'a relative clause inside an apposition ends at its comma',
    'The OSCE, the body that Moscow has long ignored, urged Russia to free the monitors.',
    ['REQUEST OSCE->RUS asserted OSCE'],
  ],
  [
    'a group after a gerund in a phrase of its own is no recipient',
    'Moscow could occupy the southern districts on the pretext of defending Russian citizens.',
    ['ASSAULT RUS->- hypothetical null'],
  ],
  [
    'a gerund continuing the verb keeps its object as the recipient',
    'The Serbian army prepared to resume shelling Bosnian positions near the river.',
    ['MOBILIZE SRB->BIH asserted null'],
  ],
  [
    'a demonym hyphened to where a thing was made is no party',
    'Georgia halted gas deliveries through a Russian-built pipeline to the Armenian border last winter.',
    ['SANCTION GEO->ARM asserted null'],
  ],
  [
    'a warning joined by "but" after a reported clause is the reporters\', not the reported subject\'s',
    'Observers said the talks might resume soon, but warned that a new clash on the Armenian border was likely.',
    [],
  ],
  [
    'a warning joined by "and" after a condition is said by the first speaker',
    'Officials in Baku said Azerbaijan would respond if Tehran moved troops, and warned Iran against any provocation.',
    ['MOBILIZE IRN->- hypothetical null', 'THREATEN AZE->IRN asserted null'],
  ],
  [
    'a subject taken from the clause before "and" is one party, not a coordination',
    "Chile's foreign ministry found irregularities in the ballot count and accused Peru of meddling in the vote.",
    ['ACCUSE CHL->PER asserted null'],
  ],
  [
    'a relative clause between subject and verb is skipped, its modal and passive too',
    'The Bolivian interior ministry, which might soon be dissolved, accused Paraguay of sheltering smugglers.',
    ['ACCUSE BOL->PRY asserted null'],
  ],
  [
    'a relative clause naming another state is not the subject',
    'The Hungarian foreign minister, who had just returned from Austria, blamed Romania for the delay.',
    ['ACCUSE HUN->ROU asserted null'],
  ],
  [
    'a dateline in capitals is not the subject',
    "ASTANA — Kazakhstan's foreign minister Murat Nurtleu on Friday accused Kyrgyzstan of blocking trucks.",
    ['ACCUSE KAZ->KGZ asserted murat-nurtleu'],
  ],
  [
    '"the two leaders" are the two sides of the encounter just reported',
    'Kazakh President Kassym-Jomart Tokayev received Vladimir Putin in Astana. The two leaders discussed trade, his office said.',
    [
      'CONSULT KAZ->RUS asserted kassym-jomart-tokayev',
      'CONSULT KAZ->RUS asserted kassym-jomart-tokayev',
    ],
  ],
  [
    'a noun of unwillingness before the trigger negates it',
    'A Kremlin aide said Moscow had little appetite to mediate between Armenia and Azerbaijan.',
    ['CONSULT RUS->ARM negated null', 'CONSULT RUS->AZE negated null'],
  ],
  [
    '"no intention to" negates',
    'Ankara said it had no intention to negotiate with Athens over the islands.',
    ['CONSULT TUR->GRC negated null'],
  ],
  [
    'levelling charges against a state is an accusation',
    'Hungary levelled charges against Romania over the treatment of its minority.',
    ['ACCUSE HUN->ROU asserted null'],
  ],
  [
    'labelling a state an aggressor is an accusation',
    'The Serbian president labelled Croatia an aggressor on Tuesday.',
    ['ACCUSE SRB->HRV asserted null'],
  ],
  [
    'an annexation of a territory is aimed at its taker, the state the page is about besides',
    'Russia and Kazakhstan are at odds. Kazakhstan still refuses to recognise the annexation of Ukrainian territories.',
    ['REJECT KAZ->RUS asserted null'],
  ],
  [
    'a taker written with "by" is the recipient',
    'Georgia condemned the occupation of Abkhazia by Russian troops.',
    ['ACCUSE GEO->RUS asserted null'],
  ],
  [
    'the object of the clause before "and" is not the subject of the verb after it',
    'Mr Ostrovsky met his Kazakh counterpart in Moscow and praised the neutrality of Astana.',
    ['CONSULT null->KAZ asserted ostrovsky'],
  ],
  [
    '"and" before a past verb and a pronoun object opens a second verb phrase',
    'The Kazakh president met Vladimir Putin in Sochi and thanked him for his support.',
    ['CONSULT KAZ->RUS asserted null', 'SUPPORT KAZ->RUS asserted null'],
  ],
  [
    'a trailing ", Kazakh officials said" is the source, not an apposition object',
    'Russian and Kazakh border guards clashed briefly near the crossing, Kazakh officials said.',
    ['ASSAULT RUS->KAZ asserted null', 'ASSAULT KAZ->RUS asserted null'],
  ],
  [
    'the source in "According to X," is not the subject; drills are a mobilisation',
    'According to the Interfax news agency, Russian troops conducted drills near the Kazakh border.',
    ['MOBILIZE RUS->KAZ asserted null'],
  ],
  [
    '"admitted X had …" opens X\'s own clause',
    'Officials in Moscow admitted Astana had expelled two American diplomats.',
    ['SANCTION KAZ->USA asserted null'],
  ],
  [
    'cutting supplies to a state is a sanction',
    "Russia's Gazprom cut gas supplies to Kazakhstan's north on Friday.",
    ['SANCTION RUS->KAZ asserted gazprom'],
  ],
  [
    'an unnamed object of "accuse" is the target; states in the content are not',
    'Putin, speaking in Sochi, accused the West of trying to split Russia and Kazakhstan.',
    ['ACCUSE RUS->- asserted vladimir-putin'],
  ],
  [
    '"of" after the object of a support verb is no content: the rights of a people are theirs',
    'Qatar has pledged to support the rights of Palestinians.',
    ['AGREE QAT->PSE asserted null'],
  ],
  [
    '"the ministry" named again is the state of the last subject',
    "Chile's foreign ministry met on Monday. The ministry, which was reorganised in May, accused Peru of spying.",
    ['ACCUSE CHL->PER asserted null'],
  ],
]

describe('events: clause structure', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(eventsOf(text).map((e) => `${brief(e)} ${e.status} ${e.actorEntity}`)).toEqual(expected)
  })
})
