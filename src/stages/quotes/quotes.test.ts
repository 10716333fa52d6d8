import { describe, expect, it } from 'vitest'
import { runOnText } from '../events/test-doc.js'

const found = (text: string): Array<[string, string]> =>
  (runOnText(text).data.quotes ?? []).map((q) => [q.text, q.speakerName ?? q.speaker ?? ''])

// [label, text written by the team, expected [quote text, speaker name contains]]
const SHAPES: Array<[string, string, Array<[string, string]>]> = [
  [
    'curly quote, speaker after with said',
    '“We will not give up an inch of our land,” said Foreign Minister Sergei Lavrov.',
    [['We will not give up an inch of our land,', 'Lavrov']],
  ],
  [
    'speaker before with colon',
    'Sergei Lavrov told reporters in Astana: “The talks are over for now.”',
    [['The talks are over for now.', 'Lavrov']],
  ],
  [
    'straight quotes, speaker after',
    '"Our borders stay closed until further notice," Kassym-Jomart Tokayev said on Friday.',
    [['Our borders stay closed until further notice,', 'Tokayev']],
  ],
  [
    'pronoun speaker',
    'Kassym-Jomart Tokayev spoke first. “We see no reason to hurry,” he said.',
    [['We see no reason to hurry,', 'Tokayev']],
  ],
  [
    'quote across a sentence break',
    '“The decision is final. Nothing will change,” Sergei Lavrov said.',
    [['The decision is final. Nothing will change,', 'Lavrov']],
  ],
  [
    'nested single quotes',
    '“They called our plan ‘a provocation’ and walked out,” Kassym-Jomart Tokayev said.',
    [['They called our plan ‘a provocation’ and walked out,', 'Tokayev']],
  ],
  [
    'says in the video',
    'In a clip posted on Sunday, Sergei Lavrov says in the video: “Nobody will be spared this time.”',
    [['Nobody will be spared this time.', 'Lavrov']],
  ],
  [
    'hit back at a statement',
    'Sergei Lavrov hit back at the statement, “Such words change nothing for us.”',
    [['Such words change nothing for us.', 'Lavrov']],
  ],
  [
    'according to',
    '“The army is ready for anything,” according to Sergei Shoigu.',
    [['The army is ready for anything,', 'Shoigu']],
  ],
  [
    'second quote continues the first speaker',
    'Sergei Lavrov added: “We are not threatening anyone”, but warned: “Everyone knows what we have.”',
    [
      ['We are not threatening anyone', 'Lavrov'],
      ['Everyone knows what we have.', 'Lavrov'],
    ],
  ],
  [
    'single straight quotes ending in a comma, speaker after',
    "'Both camps are talking to voters at home,' said Dana Ospanova, an analyst in Almaty.",
    [['Both camps are talking to voters at home,', 'Ospanova']],
  ],
  [
    'single curly quotes ending in a full stop, pronoun speaker',
    'Dana Ospanova spoke after the vote. She added: ‘Expect one more round before the summer.’',
    [['Expect one more round before the summer.', 'Ospanova']],
  ],
  [
    'a definite role after the quote refers back to the person named',
    'Sadyr Japarov spoke on television. “The border posts are under our control,” the president said.',
    [['The border posts are under our control,', 'Japarov']],
  ],
  [
    'an opening "Asked …," phrase is not the clause that names the speaker',
    'Asked whether Moscow would step in, Dmitry Peskov replied: “We talk to both sides every day.”',
    [['We talk to both sides every day.', 'Peskov']],
  ],
  [
    'an opening "In an interview," phrase, then the speaker and a partial quote',
    'In an interview with a local channel, Emomali Rahmon insisted that his country “never sought this quarrel.”',
    [['never sought this quarrel.', 'Rahmon']],
  ],
  [
    'cautioned before a colon',
    'Dana Ospanova, who runs a small monitoring group, cautioned: “Both capitals want calm before the harvest.”',
    [['Both capitals want calm before the harvest.', 'Ospanova']],
  ],
  ['scare quotes are not quotes', 'Officials described the new pipeline deal as “historic”.', []],
  [
    'titles are not quotes',
    'Sergei Lavrov wrote an article entitled “Our Common Home in Europe”.',
    [],
  ],
  ['no speaker named', '“It is a clear warning to everyone in the region.”', []],
  [
    'an unnamed subject spoke; a name after the verb is inside the reported clause',
    'A diplomat in Bishkek said Japarov snubbed the envoy and called the visit a failure: “Nobody here believes the promises any more.”',
    [],
  ],
  [
    'a fragment repeated in the lede is one quote',
    'Sergei Lavrov warned that “nobody should test our patience”. Speaking later in Minsk, Sergei Lavrov said: “Nobody should test our patience, and nobody will.”',
    [['Nobody should test our patience, and nobody will.', 'Lavrov']],
  ],
  [
    'different words from the same speaker stay two quotes',
    'Sergei Lavrov said: “The door is open.” Then Sergei Lavrov said: “The door is open to friends only.”',
    [
      ['The door is open.', 'Lavrov'],
      ['The door is open to friends only.', 'Lavrov'],
    ],
  ],
]

describe('quotes: shapes', () => {
  it.each(SHAPES)('%s', (_label, text, expected) => {
    const got = found(text)
    expect(got.map(([q]) => q)).toEqual(expected.map(([q]) => q))
    for (const [k, [, who]] of expected.entries()) expect(got[k]?.[1]).toContain(who)
  })
})

describe('quotes: spans', () => {
  it('points at the quoted words without the marks', () => {
    const text = 'Later, Sergei Lavrov said: “This is our final offer to Kyiv.”'
    const [q] = runOnText(text).data.quotes ?? []
    expect(q && text.slice(q.span.start, q.span.end)).toBe('This is our final offer to Kyiv.')
    expect(q?.cue).toBe('said')
  })
})
