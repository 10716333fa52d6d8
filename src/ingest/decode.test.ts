import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeBytes, declaredCharset, headerCharset, looksBinary } from './decode.js'

const CYRILLIC = 'Пограничники сообщили о новом пункте пропуска.'
const WESTERN = 'Renée Schäfer sagte in Zürich, die Gespräche gingen weiter.'

describe('decodeBytes', () => {
  const cases: Array<[string, Buffer, string | null, string, string, string[]]> = [
    ['plain UTF-8', Buffer.from(WESTERN), null, WESTERN, 'utf-8', []],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WESTERN)]),
      null,
      WESTERN,
      'utf-8',
      [],
    ],
    [
      'UTF-16LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CYRILLIC, 'utf-16le')]),
      null,
      CYRILLIC,
      'utf-16le',
      [],
    ],
    [
      'windows-1251 named in the HTTP header',
      iconv.encode(CYRILLIC, 'windows-1251'),
      'text/html; charset=windows-1251',
      CYRILLIC,
      'windows-1251',
      [],
    ],
    [
      'windows-1251 named only in <meta>',
      iconv.encode(`<meta charset="windows-1251"><p>${CYRILLIC}</p>`, 'windows-1251'),
      'text/html',
      `<meta charset="windows-1251"><p>${CYRILLIC}</p>`,
      'windows-1251',
      [],
    ],
    [
      'latin1 bytes with no declaration',
      iconv.encode(WESTERN, 'latin1'),
      null,
      WESTERN,
      'windows-1252',
      ['invalid-utf8'],
    ],
    [
      'an unknown declared charset',
      Buffer.from(`<meta charset="x-made-up"><p>${WESTERN}</p>`),
      null,
      `<meta charset="x-made-up"><p>${WESTERN}</p>`,
      'utf-8',
      ['unknown-charset'],
    ],
  ]
  it.each(cases)('%s', (_label, bytes, contentType, text, charset, rules) => {
    const got = decodeBytes(bytes, contentType)
    expect(got.text).toBe(text)
    expect(got.charset).toBe(charset)
    expect(got.diagnostics.map((d) => d.ruleId)).toEqual(rules)
  })

  it('throws on binary content', () => {
    expect(() =>
      decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toThrow('binary content')
  })
})

describe('sniffing helpers', () => {
  const binary: Array<[string, Buffer, boolean]> = [
    ['text', Buffer.from('An ordinary line of text.\n\tIndented.\r\n'), false],
    ['a NUL byte', Buffer.from('text\0more'), true],
    [
      'many control characters',
      Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x41 : 0x01))),
      true,
    ],
    ['empty', Buffer.alloc(0), false],
  ]
  it.each(binary)('looksBinary: %s', (_label, bytes, expected) => {
    expect(looksBinary(bytes)).toBe(expected)
  })

  const declared: Array<[string, string, string | null]> = [
    ['meta charset', '<html><head><meta charset=KOI8-R>', 'koi8-r'],
    [
      'http-equiv',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
      'windows-1251',
    ],
    ['XML declaration', '<?xml version="1.0" encoding="ISO-8859-1"?><rss>', 'iso-8859-1'],
    ['none', '<html><body>', null],
  ]
  it.each(declared)('declaredCharset: %s', (_label, head, expected) => {
    expect(declaredCharset(Buffer.from(head))).toBe(expected)
  })

  it('reads the charset of a Content-Type header', () => {
    expect(headerCharset('text/html; charset="UTF-8"')).toBe('utf-8')
    expect(headerCharset('text/html')).toBeNull()
  })
})
