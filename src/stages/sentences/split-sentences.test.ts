import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences.js'

const cases: Array<[string, string, string[]]> = [
  ['two plain sentences', 'Troops moved north. Officials denied it.', ['Troops moved north.', 'Officials denied it.']],
  ['title abbreviation', 'Lt. Gen. Petrov spoke. Then he left.', ['Lt. Gen. Petrov spoke.', 'Then he left.']],
  ['initials', 'J. K. Smith wrote it. Nobody read it.', ['J. K. Smith wrote it.', 'Nobody read it.']],
  ['closing quote', '"We will respond." The minister left.', ['"We will respond."', 'The minister left.']],
  ['curly quote opener', 'He paused. “Never again,” he said.', ['He paused.', '“Never again,” he said.']],
  ['paragraphs never merge', 'First line without stop\nSecond line.', ['First line without stop', 'Second line.']],
  ['U.S. inside', 'The U.S. Embassy said nothing. Astana waited.', ['The U.S. Embassy said nothing.', 'Astana waited.']],
]

describe('splitSentences', () => {
  for (const [label, text, expected] of cases)
    it(label, () => {
      const got = splitSentences(text)
      expect(got.map((s) => s.text)).toEqual(expected)
      for (const s of got) expect(text.slice(s.span.start, s.span.end)).toBe(s.text)
    })

  it('numbers paragraphs', () => {
    expect(splitSentences('A b. C d.\n\nE f.').map((s) => s.paragraph)).toEqual([0, 0, 1])
  })
})
