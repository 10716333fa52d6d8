import type { Cleaned } from './index.js'

// TODO(#3): replace with the line classifier (length, punctuation, position, prompt wording).
/** Minimal scraped-text cleaner: keeps lines that look like prose. */
export function cleanTextPage(content: string): Cleaned {
  const lines = content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
  const body = lines.filter((l) => l.length > 80 && /[.!?"”]$/.test(l))
  const title = lines.find((l) => l.length > 15 && l.length < 160 && !/[.]$/.test(l)) ?? null
  return {
    text: body.join('\n\n'),
    meta: {
      title,
      published: null,
      authors: [],
      publisher: null,
      language: 'eng',
      url: null,
      origin: null,
    },
    diagnostics: [],
  }
}
