import { copyFileSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { seededRandom, syntheticArticle } from '../helpers/synthetic-corpus.js'
import {
  expectNoInternalError,
  expectReported,
  ingestBatch,
  storedText,
  tempDir,
  writeControl,
} from './ingest-batch.js'

// Issue #9: every kind of broken file is either read correctly or reported by name with a reason;
// the rest of the batch is stored either way and the exit status says "partial failure".
const FIXTURES = new URL('../fixtures/broken/', import.meta.url).pathname

const fixture = (name: string) => (dir: string) => {
  copyFileSync(join(FIXTURES, name), join(dir, name))
  return join(dir, name)
}
const written = (name: string, content: string | Buffer) => (dir: string) => {
  writeFileSync(join(dir, name), content)
  return join(dir, name)
}

const article = syntheticArticle(seededRandom(77), 77)
const RUSSIAN =
  'Министр иностранных дел Казахстана заявил во вторник, что переговоры с Россией о транзите зерна ' +
  'продолжатся в следующем месяце.\n\nПо его словам, обе стороны считают встречи полезными, хотя ' +
  'разногласия по тарифам сохраняются. Аналитики в Алматы отмечают, что вопрос транзита стал ' +
  'проверкой того, насколько Астана готова отстаивать собственную линию в отношениях с соседом.'
const cp1252Page =
  '<html><head><meta charset="windows-1252"><title>Caf\u00e9 owners in Almaty</title></head><body>' +
  '<article><h1>Caf\u00e9 owners in Almaty</h1>' +
  '<p>Ren\u00e9e Sch\u00e4fer, who runs a small caf\u00e9 near the Green Bazaar, said rents had doubled in two years. \u201cWe cannot raise prices again,\u201d she said.</p>' +
  '<p>The city administration said it would look at the rules for commercial leases before the end of the year, but gave no details of what might change for small businesses.</p>' +
  '</article></body></html>'
const cp1251Page =
  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Транзит зерна</title></head>' +
  `<body><article><h1>Транзит зерна</h1>${RUSSIAN.split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`
// Valid UTF-8 with invalid sequences spliced in: a lone 0xFF, a truncated two-byte sequence and an
// encoded surrogate, the three ways broken exports usually go wrong.
const invalidUtf8 = Buffer.concat([
  Buffer.from(article.slice(0, 400)),
  Buffer.from([0xff, 0x20, 0xc3, 0x28, 0x20, 0xed, 0xa0, 0x80]),
  Buffer.from(article.slice(400)),
])
const pngAsHtml = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)),
])
const unterminatedComment = `<html><body><p>Opening words.</p><!-- ${article}`

type Expectation = 'reported' | 'stored' | 'stored-or-reported'
const CASES: Array<[string, (dir: string) => string, Expectation, ((text: string) => void)?]> = [
  ['an empty file', fixture('empty.txt'), 'reported'],
  ['a whitespace-only file', written('blank.txt', '\n  \r\n\t \n'), 'reported'],
  ['random bytes named .txt', fixture('binary.txt'), 'reported'],
  ['a PNG named .html', written('image.html', pngAsHtml), 'reported'],
  [
    'text with NUL bytes (a binary export)',
    written('nul.txt', `${article}\0\0\0\u0001\u0002`.repeat(3)),
    'stored-or-reported',
  ],
  [
    'Latin-1 text without a declaration',
    fixture('latin1.txt'),
    'stored',
    (t) => {
      // The closing "Renée Schäfer reports on …" is the author's bio, dropped from the body.
      expect(t).toContain('cafés')
      expect(t).not.toContain('\ufffd')
    },
  ],
  ['invalid UTF-8 sequences', written('invalid-utf8.txt', invalidUtf8), 'stored-or-reported'],
  [
    'UTF-16LE with a byte-order mark',
    written('utf16.txt', Buffer.from(`\ufeff${article}`, 'utf16le')),
    'stored',
    (t) => expect(t).toContain(article.split('\n\n')[4]?.slice(0, 40)),
  ],
  [
    'windows-1252 HTML declared in <meta charset>',
    written('cp1252.html', iconv.encode(cp1252Page, 'windows-1252')),
    'stored',
    (t) => expect(t).toMatch(/Ren\u00e9e Sch\u00e4fer.*\u201cWe cannot/),
  ],
  [
    'windows-1251 HTML declared in http-equiv',
    written('cp1251.html', iconv.encode(cp1251Page, 'windows-1251')),
    'stored',
    (t) => expect(t).toContain('переговоры с Россией'),
  ],
  [
    'unclosed tags everywhere',
    fixture('unclosed.html'),
    'stored',
    (t) => expect(t).toContain('Karaganda depot'),
  ],
  [
    'an unterminated comment hiding the body',
    written('comment.html', unterminatedComment),
    'stored-or-reported',
  ],
]

describe('ingest of broken files: read correctly or reported by name, the rest stored', () => {
  it.each(CASES)('%s', async (_label, make, expectation, check) => {
    const dir = tempDir()
    const control = writeControl(dir)
    const bad = make(dir)
    const res = await ingestBatch([control, bad])
    expectNoInternalError(res)
    expect(storedText(res, control), 'the good file in the same batch is stored').toBeDefined()
    const text = storedText(res, bad)
    if (expectation === 'reported' || (expectation === 'stored-or-reported' && !text)) {
      expect(text, 'a refused file leaves nothing in the store').toBeUndefined()
      expectReported(res, bad)
    } else {
      expect(text, `${bad} should be stored: ${res.err.join('\n')}`).toBeDefined()
      expect(res.code).toBe(0)
      check?.(text ?? '')
    }
  })

  it('refuses a 50 MB file quickly, by name, with the size and the limit', async () => {
    const dir = tempDir()
    const control = writeControl(dir)
    const big = join(dir, 'huge.txt')
    const fd = openSync(big, 'w')
    const block = Buffer.from(`${article}\n\n`.repeat(Math.ceil(1_048_576 / article.length)))
    for (let written = 0; written < 50 * 1_048_576; written += block.length) writeSync(fd, block)
    closeSync(fd)
    const res = await ingestBatch([big, control])
    expectNoInternalError(res)
    expect(storedText(res, control)).toBeDefined()
    expect(storedText(res, big)).toBeUndefined()
    expectReported(res, big)
    const [report] = res.reported
    expect(report?.code).toBe('TOO_LARGE')
    expect(report?.message).toMatch(/\d{8}/)
  }, 20_000)

  it('a directory of every broken file: good files stored, each bad one named, status 2', async () => {
    const dir = tempDir()
    const controls = [writeControl(dir, 1), writeControl(dir, 2), writeControl(dir, 3)]
    const bad = CASES.filter(([, , e]) => e === 'reported').map(([, make]) => make(dir))
    const res = await ingestBatch([dir])
    expectNoInternalError(res)
    for (const c of controls) expect(storedText(res, c), c).toBeDefined()
    for (const b of bad) expectReported(res, b)
  })
})
