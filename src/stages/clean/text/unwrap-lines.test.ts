import { describe, expect, it } from 'vitest'
import { unwrapLines } from './unwrap-lines.js'

describe('unwrapLines', () => {
  it.each([
    [
      'hard-wrapped paragraph',
      [
        'The delegation from Dushanbe arrived on Tuesday evening and was met',
        'at the airport by the deputy foreign minister, who said talks would',
        'begin the next morning.',
      ],
      [
        'The delegation from Dushanbe arrived on Tuesday evening and was met at the airport by the deputy foreign minister, who said talks would begin the next morning.',
      ],
    ],
    [
      'headline wrapped onto a lowercase line',
      ['Dushanbe and Bishkek sign protocol on the remaining border', 'sections'],
      ['Dushanbe and Bishkek sign protocol on the remaining border sections'],
    ],
    [
      'subheading above its paragraph',
      [
        'What the Protocol Changes for Farmers',
        'Farmers near the border will get new grazing rights.',
      ],
      [
        'What the Protocol Changes for Farmers',
        'Farmers near the border will get new grazing rights.',
      ],
    ],
    [
      'teaser list',
      ['Related:', 'Bishkek bans old minibuses from the centre', 'Osh airport expands runway'],
      ['Related:', 'Bishkek bans old minibuses from the centre', 'Osh airport expands runway'],
    ],
    ['blank lines kept', ['One.', '', 'Two.'], ['One.', '', 'Two.']],
  ])('%s', (_label, input, expected) => {
    expect(unwrapLines(input)).toEqual(expected)
  })
})
