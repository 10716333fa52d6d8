import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanTextPage } from '../../src/stages/clean/clean-text-page.js'

// Our own prose and page furniture, recombined into random pages.
const prose = [
  'The governor of the Mangystau region met striking oil workers in Zhanaozen on Tuesday and promised to review their pay.',
  'Officials in Bishkek said the new customs post would open in the spring, cutting waiting times for lorries by half.',
  'According to the ministry, grain exports through the Caspian ports rose sharply in the first quarter of the year.',
  '“We are not asking for favours, only for the rules to be applied,” a trader in Osh said.',
  'The court adjourned the hearing until next month. Lawyers for the defence asked for more time to study the evidence.',
  'Turnout was low in the capital, where fewer than a third of voters took part.',
  'No agreement was reached on the water quotas. The delegations will meet again in Tashkent.',
  'The pipeline carries gas from Turkmenistan across Uzbekistan and Kazakhstan to the Chinese border',
]
const furniture = [
  'Subscribe to the Morning Steppe newsletter',
  'Share: Telegram | WhatsApp | Email',
  'Home › Region › Economy',
  'Politics    Business    Sport    Opinion',
  'Related reading',
  '• Ferry traffic on the Caspian hits a record',
  'Tags: trade, customs, Kyrgyzstan',
  'Photo: Lorries queue at the border crossing. (Staff)',
  'Leave a comment',
  'Comments are closed.',
  '© 2024 Steppe Courier Media',
  'Source: Steppe Courier',
  'By Ainur Kassymova',
  'Updated 14 March 2024, 10:20',
  'We use cookies to improve the site. [Accept] [Settings]',
  'Border Talks Resume as Lorries Queue for Days',
]

const page = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...prose) },
      { weight: 2, arbitrary: fc.constantFrom(...furniture) },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .chain((lines) =>
    fc
      .array(fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n'), {
        minLength: lines.length,
        maxLength: lines.length,
      })
      .map((seps) => lines.map((l, i) => l + (seps[i] ?? '\n')).join('')),
  )

describe('cleanTextPage properties', () => {
  it('is idempotent: cleaning the cleaned text changes nothing', () => {
    fc.assert(
      fc.property(page, (content) => {
        const once = cleanTextPage(content).text
        expect(cleanTextPage(once).text).toBe(once)
      }),
      { numRuns: 400 },
    )
  })

  it('never keeps page furniture when the page has prose around it', () => {
    fc.assert(
      fc.property(page, (content) => {
        const lines = content.split(/\r?\n/).filter(Boolean)
        // The last prose entry has no full stop: alone it reads as a headline, not as a body.
        fc.pre(lines.length > 1 && lines.some((l) => prose.slice(0, 7).includes(l)))
        const body = cleanTextPage(content).text
        for (const f of furniture) expect(body).not.toContain(f)
      }),
      { numRuns: 400 },
    )
  })

  it('keeps every full prose paragraph before the first end-of-article line', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(prose.slice(0, 7), { minLength: 1 }), (paras) => {
        const content = [
          'Border Talks Resume',
          'By Ainur Kassymova',
          ...paras,
          'Leave a comment',
        ].join('\n\n')
        const body = cleanTextPage(content).text
        for (const p of paras) expect(body).toContain(p)
      }),
    )
  })
})
