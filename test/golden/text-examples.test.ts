import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanTextPage } from '../../src/stages/clean/clean-text-page.js'

// The team's example corpus (examples/*.txt, our own pages): headline, date, byline, and furniture
// that must not reach the body. Kept short on purpose: the pages are still being edited.
type Case = [file: string, title: string, published: string, authors: string[], dropped: string[]]

const cases: Case[] = [
  [
    'am-az-border-clashes-sept-2022.txt',
    'Ceasefire holds overnight after deadliest Armenia-Azerbaijan clashes since 2020 war',
    '2022-09-15',
    ['Emil Rasmussen'],
    [
      'Share this article',
      "Georgia's tourism revenue",
      'Subscribe to our newsletter',
      'is a Danish journalist',
    ],
  ],
  [
    'az-karabakh-offensive-exodus.txt',
    "Karabakh empties as more than 100,000 Armenians flee after Azerbaijan's lightning offensive",
    '2023-09-30',
    ['Hannah Lowell'],
    ['Sign in', 'Slovakia heads to the polls', 'Written by Hannah Lowell', 'No comments yet'],
  ],
  [
    'kz-cpc-terminal-halt.txt',
    "Russian court orders halt to Caspian pipeline terminal a day after Tokayev's offer to Europe",
    '2022-07-06',
    ['Daniyar Seitkali'],
    ['We use cookies', 'WHY IT MATTERS', 'Share this', 'Tengiz expansion slips', 'Tags:'],
  ],
  [
    'kz-reprint-duma-general-kazakhstan-next.txt',
    'Russian general Gurulyov calls "Kazakhstan is next" audio a fake',
    '2024-09-21',
    ['Eurasia Brief Desk'],
    [
      'originally appeared',
      'Source link',
      'Disclaimer',
      'Popular this week',
      'Kyrgyzstan and Tajikistan report',
    ],
  ],
  [
    'kz-gurulyov-voice-message.txt',
    'Duma deputy Gurulyov says “Kazakhstan is next” recording is fake',
    '2024-09-20',
    ['Aigerim Sultanova'],
    ['Why it resonated', 'Almaty to extend gas heating', 'About the author', 'Leave a Reply'],
  ],
  [
    'kz-january-unrest-csto.txt',
    'Kazakhstan crisis: CSTO troops arrive as Tokayev orders forces to shoot without warning',
    '2022-01-07',
    ['Nurlan Abdrakhmanov'],
    ['You may also like', 'Fuel queues return', 'is a freelance journalist', 'Ad blocker on?'],
  ],
  [
    'kz-mobilisation-arrivals-north.txt',
    'Queues at the northern border: what the arrival of Russians escaping mobilisation means for our regions',
    '2022-10-05',
    ['Kirill Zaitsev', 'Aliya Nurpeisova'],
    ['Views:', 'The question of', 'Heating season starts early', 'Comments are closed'],
  ],
  [
    'kz-sanctions-aid-balancing.txt',
    "Analysis: How Kazakhstan stays inside Russia's orbit without joining its war",
    '2022-11-03',
    ['Olga Brenner'],
    ['Read more:', 'Kazakh banks tighten checks', 'is a senior analyst', 'sergey_t'],
  ],
  [
    'kz-spief-tokayev-quasi-states.txt',
    "Tokayev tells Putin's forum that Kazakhstan will not recognise Donetsk and Luhansk",
    '2022-06-17',
    ['Aigerim Sultanova'],
    ['[Photo:', 'Tenge steadies', 'Post Comment', 'All rights reserved'],
  ],
  [
    'kz-statehood-remarks-commentary.txt',
    `"There was never a state here": a short history of Moscow's talk about Kazakh statehood`,
    '2022-09-02',
    ['Ruslan Dzhaksybekov'],
    ['1. Seliger', 'Posted by', 'Labels:', 'is a historian by training'],
  ],
]

const dir = new URL('../../examples/', import.meta.url)

describe.skipIf(!existsSync(dir))('example corpus text pages', () => {
  it.each(cases)('%s', (file, title, published, authors, dropped) => {
    const cleaned = cleanTextPage(readFileSync(new URL(file, dir), 'utf8'))
    expect(cleaned.meta.title).toBe(title)
    expect(cleaned.meta.published).toBe(published)
    expect(cleaned.meta.authors).toEqual(authors)
    expect(cleaned.meta.language).toBe('eng')
    for (const s of dropped) expect(cleaned.text).not.toContain(s)
    expect(cleaned.text.split('\n\n').length).toBeGreaterThanOrEqual(6)
  })
})
