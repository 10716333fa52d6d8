import { describe, expect, it } from 'vitest'
import { dropAuthorBio } from './author-bio.js'

const BODY = 'Kyrgyzstan reopened the border post on Tuesday.\n\nTraffic resumed within hours.'

describe('dropAuthorBio', () => {
  it.each([
    ['a beat', 'Aigerim Sadykova covers Central Asian politics from Bishkek.', true],
    ['a job', 'Aigerim Sadykova is a senior correspondent for the Steppe Courier.', true],
    ['the surname alone', 'Sadykova reports on energy and mining.', true],
    ['a base', 'Aigerim Sadykova is based in Osh.', true],
    ['the author as a source in the report', 'Aigerim Sadykova said the post had reopened.', false],
    ['someone else', 'Bakyt Osmonov covers the region for a rival paper.', false],
  ])('%s', (_label, last, dropped) => {
    const out = dropAuthorBio(`${BODY}\n\n${last}`, ['Aigerim Sadykova'])
    expect(out.dropped).toBe(dropped)
    expect(out.text).toBe(dropped ? BODY : `${BODY}\n\n${last}`)
  })

  it('keeps the only paragraph and pages with no author', () => {
    const only = 'Aigerim Sadykova covers Central Asian politics from Bishkek.'
    expect(dropAuthorBio(only, ['Aigerim Sadykova']).dropped).toBe(false)
    expect(dropAuthorBio(`${BODY}\n\n${only}`, []).dropped).toBe(false)
  })
})
