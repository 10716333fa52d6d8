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
    [
      'a headline under unfinished lines is not their continuation',
      [
        'The pipeline carries gas from Turkmenistan across Uzbekistan towards',
        'the Chinese border and on to the coastal provinces of the east',
        'Border Talks Resume as Lorries Queue for Days',
      ],
      [
        'The pipeline carries gas from Turkmenistan across Uzbekistan towards',
        'the Chinese border and on to the coastal provinces of the east',
        'Border Talks Resume as Lorries Queue for Days',
      ],
    ],
    [
      'a list item is never joined',
      [
        'The pipeline carries gas from Turkmenistan across Uzbekistan towards',
        'the Chinese border and on to the coastal provinces of the east',
        '• Ferry traffic on the Caspian hits a record',
      ],
      [
        'The pipeline carries gas from Turkmenistan across Uzbekistan towards',
        'the Chinese border and on to the coastal provinces of the east',
        '• Ferry traffic on the Caspian hits a record',
      ],
    ],
    ['blank lines kept', ['One.', '', 'Two.'], ['One.', '', 'Two.']],
  ])('%s', (_label, input, expected) => {
    expect(unwrapLines(input)).toEqual(expected)
  })
})
