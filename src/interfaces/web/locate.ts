/** Half-open UTF-16 range `[start, end)` in a document's text. */
export interface Range {
  readonly start: number
  readonly end: number
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
}

/** Folds quotes, dashes, case and runs of whitespace; keeps, for each output char, its input index. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = ''
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (/\s/.test(ch)) {
      if (folded.endsWith(' ') || !folded) continue
      folded += ' '
    } else folded += (QUOTES[ch] ?? ch).toLowerCase()
    at.push(i)
  }
  return { folded, at }
}

/**
 * Finds `needle` in `text` ignoring differences of quote style, dashes, case and whitespace (a
 * syndicated copy straightens quotes and rewraps lines). Returns its range in `text`, or undefined.
 */
export function locate(text: string, needle: string): Range | undefined {
  const n = fold(needle.trim()).folded
  if (!n) return undefined
  const { folded, at } = fold(text)
  const i = folded.indexOf(n)
  if (i < 0) return undefined
  const start = at[i]
  const last = at[i + n.length - 1]
  return start === undefined || last === undefined ? undefined : { start, end: last + 1 }
}
