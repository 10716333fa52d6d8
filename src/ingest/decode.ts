import iconv from 'iconv-lite'
import type { Diagnostic } from '../core/diagnostics.js'

/** Decoded text and how it was decoded. */
export interface Decoded {
  readonly text: string
  /** Charset actually used, lower case (`utf-8`, `windows-1251` …). */
  readonly charset: string
  /** Problems worth telling the user (a guessed charset), as diagnostics for the document. */
  readonly diagnostics: readonly Diagnostic[]
}

/** Why bytes could not be read as text. */
export class NotTextError extends Error {
  override readonly name = 'NotTextError'
}

const SNIFF_BYTES = 8192

/**
 * True when bytes look binary rather than text: a NUL byte (outside UTF-16), or more than 10% C0
 * control characters other than tab, newline, carriage return and form feed in the first 8 KiB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0
    if (b === 0) return true
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 0x7f) controls++
  }
  return n > 0 && controls / n > 0.1
}

/** The charset a page or feed declares in its first bytes (`<meta charset>`, XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)
  return m?.[1]?.toLowerCase() ?? null
}

/** The charset parameter of an HTTP Content-Type header. */
export function headerCharset(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')
  return m?.[1]?.toLowerCase() ?? null
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { charset: 'utf-8', skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 }
  return null
}

/**
 * Decodes the bytes of a file or HTTP body. Order of evidence: byte-order mark, then the HTTP
 * header charset, then the document's own declaration, then UTF-8. Bytes that are not valid UTF-8
 * when UTF-8 was assumed are decoded as windows-1252 (a superset of latin1 for text) with a warning.
 * Throws `NotTextError` for binary content.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = bomCharset(bytes)
  if (bom)
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.charset),
      charset: bom.charset,
      diagnostics: [],
    }
  if (looksBinary(bytes)) throw new NotTextError('binary content')
  const declared = headerCharset(contentType) ?? declaredCharset(bytes)
  const diagnostics: Diagnostic[] = []
  if (declared && !/^utf-?8$/.test(declared)) {
    if (iconv.encodingExists(declared))
      return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared, diagnostics }
    diagnostics.push({
      severity: 'warning',
      ruleId: 'unknown-charset',
      message: `The declared charset "${declared}" is not known; the content was read as UTF-8.`,
    })
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text, charset: 'utf-8', diagnostics }
  } catch {
    diagnostics.push({
      severity: 'warning',
      ruleId: 'invalid-utf8',
      message:
        'The content is not valid UTF-8; it was decoded as windows-1252 (Western European). Check accented letters.',
    })
    return {
      text: iconv.decode(Buffer.from(bytes), 'windows-1252'),
      charset: 'windows-1252',
      diagnostics,
    }
  }
}
