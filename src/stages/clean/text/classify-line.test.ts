import { describe, expect, it } from 'vitest'
import { classifyLine, isProse, isTitleCase, type LineKind } from './classify-line.js'
import { pageLexicon } from './page-lexicon.js'
import { dateFinder } from './parse-date.js'

const lex = pageLexicon()
const dates = dateFinder(lex.months)
const kind = (line: string): LineKind => classifyLine(line, lex, dates).kind

describe('classifyLine', () => {
  it.each<[string, string, LineKind]>([
    ['empty', '', 'blank'],
    ['divider', '* * *', 'rule'],
    ['comment form', 'Write a Comment', 'end'],
    ['comment count', '17 Comments', 'end'],
    ['comments closed', 'Comments are disabled for this article.', 'end'],
    ['mail notice', 'Your email address will not be published.', 'end'],
    ['copyright', '© 2021 Tien Shan Times. All rights reserved.', 'end'],
    ['source line', 'Source: Kabar news agency', 'end'],
    ['comment thread title', 'One thought on “Border talks resume”', 'end'],
    ['single comment count', '1 Comment', 'end'],
    ['bare source link', 'Source link', 'end'],
    ['syndication note', 'This story first appeared on Daryo.', 'end'],
    ['about the author', 'About the Author', 'end'],
    ['subscribe', 'Subscribe now and save 40%', 'prompt'],
    ['share bar', 'Share this story: Facebook / X / Email', 'prompt'],
    ['related label', 'Related Stories', 'prompt'],
    ['more from', 'More from our Almaty bureau', 'prompt'],
    ['you may like', 'You might also enjoy', 'prompt'],
    ['tags', 'Tags: Bishkek, elections', 'prompt'],
    ['cookie banner', 'We use cookies to analyse traffic. Click OK to accept.', 'prompt'],
    ['ad-blocker notice', 'AdBlock detected! Please whitelist us.', 'prompt'],
    ['notify prompt', 'Get notified about new posts', 'prompt'],
    ['read time', '5 min read', 'prompt'],
    ['social names', 'Facebook Twitter WhatsApp Telegram', 'prompt'],
    ['relative time', '3 hours ago', 'prompt'],
    ['advert with note', 'Advertisement - scroll down to continue', 'prompt'],
    ['author archive link', 'View all posts by Ana Petrosyan', 'prompt'],
    ['category line', 'Posted in Caucasus, Energy', 'prompt'],
    ['join prompt', 'Join our WhatsApp channel for alerts', 'prompt'],
    ['menu with pipes', 'News | Sport | Weather | Culture', 'nav'],
    ['menu with wide spaces', 'World    Business    Tech    Opinion', 'nav'],
    ['breadcrumb', 'Home › Asia › Mongolia', 'nav'],
    ['menu flattened to single spaces', 'Main Politics Economy Society World Sport', 'nav'],
    [
      'headline with section words',
      'Russia and Ukraine trade blame over the Kakhovka dam',
      'heading',
    ],
    ['bracket menu', '[ Home ] [ Politics ] [ Sport ]', 'nav'],
    ['photo caption', 'Photo: Protesters in Tbilisi on Tuesday night.', 'caption'],
    ['file caption', 'FILE - A tanker at the port of Aktau, in 2019.', 'caption'],
    ['byline', 'By Nurgul Abenova', 'byline'],
    ['date stamp', 'Updated: 12 April 2023, 16:40', 'date'],
    ['empty date label', 'Date:', 'date'],
    ['bulleted teaser', '• Mongolia doubles coal exports to China', 'link'],
    ['headline', 'Mongolia Doubles Coal Exports to China', 'heading'],
    ['title-case question headline', 'Is the Middle Corridor Ready for the Boom?', 'heading'],
    ['sentence', 'The talks ended without an agreement on Tuesday.', 'prose'],
    ['truncated paragraph', 'Officials met on Monday. The meeting, which lasted', 'prose'],
    [
      'long line',
      `${'Officials in the capital declined to comment on the record '.repeat(4)}`,
      'prose',
    ],
    [
      'short comment sentence stays prose',
      'The ministry declined to comment on the report.',
      'prose',
    ],
    [
      '"More than" starts a sentence',
      'More than 2,000 people attended the rally on Sunday.',
      'prose',
    ],
  ])('%s: %s', (_label, line, expected) => {
    expect(kind(line.trim())).toBe(expected)
  })

  it('keeps the last item of a breadcrumb as a headline hint', () => {
    const line = classifyLine('Home » Asia » Mongolia Doubles Coal Exports', lex, dates)
    expect(line.crumbTail).toBe('Mongolia Doubles Coal Exports')
  })
})

describe('isTitleCase / isProse', () => {
  it.each([
    ['title case', 'A Bridge Too Far for the Caspian Ferry Line', true],
    ['sentence case', 'A bridge too far for the Caspian ferry line', false],
    ['too short to tell', 'Oil Talks', false],
  ])('isTitleCase %s', (_label, text, expected) => {
    expect(isTitleCase(text)).toBe(expected)
  })
  it.each([
    ['statement', 'Prices rose by four percent in March.', true],
    ['too short', 'Prices rose.', false],
    ['headline', 'Prices rise by four percent in March', false],
    [
      'two-part headline with a question',
      'Is the ferry line dead? Four things to watch after the Aktau strike',
      false,
    ],
    [
      'paragraph cut after a full sentence',
      'Prices rose by four percent in March. Traders blamed the weaker tenge and',
      true,
    ],
  ])('isProse %s', (_label, text, expected) => {
    expect(isProse(text)).toBe(expected)
  })
})
