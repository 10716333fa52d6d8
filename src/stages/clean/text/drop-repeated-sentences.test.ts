import { describe, expect, it } from 'vitest'
import { dropRepeatedSentences } from './drop-repeated-sentences.js'

describe('dropRepeatedSentences', () => {
  it.each([
    [
      'pull-quote paragraph repeated',
      'First point is made here in full.\n\n"We will not sign this text," the envoy said.\n\nMore detail follows now.\n\n"We will not sign this text," the envoy said.',
      'First point is made here in full.\n\n"We will not sign this text," the envoy said.\n\nMore detail follows now.',
      1,
    ],
    [
      'sentence repeated inside a later paragraph',
      'The convoy left Osh on Monday morning. It reached the border by noon.\n\nAs noted, the convoy left Osh on Monday morning. Later it turned back.\n\nThe convoy left Osh on Monday morning. Nobody explained why.',
      'The convoy left Osh on Monday morning. It reached the border by noon.\n\nAs noted, the convoy left Osh on Monday morning. Later it turned back.\n\nNobody explained why.',
      1,
    ],
    [
      'short sentences may repeat',
      'He said no. She agreed.\n\nHe said no. Then he left.',
      'He said no. She agreed.\n\nHe said no. Then he left.',
      0,
    ],
    ['nothing repeated', 'One paragraph only here.', 'One paragraph only here.', 0],
    [
      'a repeated run of paragraphs is a second section, kept',
      'Route A\n\nLeave Aktau at dawn with the ferry to Baku.\n\nCarry two days of water and the cargo papers.\n\nCross the border before the night shift starts.\n\nRoute B\n\nLeave Aktau at dawn with the ferry to Baku.\n\nCarry two days of water and the cargo papers.\n\nCross the border before the night shift starts.',
      'Route A\n\nLeave Aktau at dawn with the ferry to Baku.\n\nCarry two days of water and the cargo papers.\n\nCross the border before the night shift starts.\n\nRoute B\n\nLeave Aktau at dawn with the ferry to Baku.\n\nCarry two days of water and the cargo papers.\n\nCross the border before the night shift starts.',
      0,
    ],
    [
      'a copy differing only in case, quotes, brackets and spacing is a repeat',
      'The “border post” at Kordai closed (again) on Friday.\n\nthe  "border\u00a0post" at Kordai closed [again]  on Friday.',
      'The “border post” at Kordai closed (again) on Friday.',
      1,
    ],
    [
      'a copy differing in other punctuation is not',
      'The border post at Kordai closed again on Friday.\n\nThe border post at Kordai closed, again, on Friday.',
      'The border post at Kordai closed again on Friday.\n\nThe border post at Kordai closed, again, on Friday.',
      0,
    ],
  ])('%s', (_label, input, text, dropped) => {
    expect(dropRepeatedSentences(input)).toEqual({ text, dropped })
  })

  it('leaves a paragraph whole when the remainder would not read as one', () => {
    const text =
      'The reservoir level fell to a record low in August.\n\nThe reservoir level fell to a record low in August. And then'
    const out = dropRepeatedSentences(text, (p) => p.endsWith('.'))
    expect(out.text).toBe(text)
  })
})
