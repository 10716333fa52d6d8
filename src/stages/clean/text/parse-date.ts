/** A calendar date found in a line. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  readonly iso: string
  /** Half-open UTF-16 range of the date in the line. */
  readonly start: number
  readonly end: number
}

/** Finds dates in short lines; built once with the month table. */
export interface DateFinder {
  /** First valid calendar date in `line`, or null. Relative forms ("2 hours ago") are not read. */
  find(line: string): FoundDate | null
  /** True when `line` is a date stamp: a date plus labels, weekday, time, views, separators. */
  isDateLine(line: string): boolean
}

const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?/g
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/g
const STAMP_WORDS =
  /\b(?:published|posted|updated|last updated|modified|created|date|dated|on|at|am|pm|utc|gmt|views?|min|read)\b/g

/** Days per month (index 1-12); February checked for leap years separately. */
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function toIso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > (DAYS[m] ?? 0)) return null
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * Reads numeric day/month order. Slash dates (`1/7/2022`) are ambiguous: a part above 12 decides;
 * otherwise US order (month first) is assumed, because slash dates on English-language pages are
 * mostly US-style (golden: text-us-slash-date). Dot and dash dates (`05.10.2022`) are read day
 * first, the European convention for those separators.
 */
function numeric(a: number, b: number, y: number, sep: string): string | null {
  if (a > 12) return toIso(y, b, a)
  if (b > 12) return toIso(y, a, b)
  return sep === '/' ? toIso(y, a, b) : toIso(y, b, a)
}

/** Builds a date finder from a month-name table (`january` → 1, `sept` → 9). */
export function dateFinder(months: ReadonlyMap<string, number>): DateFinder {
  const names = [...months.keys()].sort((a, b) => b.length - a.length).join('|')
  const M = `(${names})\\.?`
  const D = '(\\d{1,2})(?:st|nd|rd|th)?'
  const rules: readonly [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u, (m) => toIso(+m[1]!, +m[2]!, +m[3]!)],
    [/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/u, (m) => toIso(+m[1]!, +m[2]!, +m[3]!)],
    [
      /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/u,
      (m) => numeric(+m[1]!, +m[3]!, +m[4]!, m[2]!),
    ],
    [
      new RegExp(`\\b${D}(?:\\s+of\\s+|[\\s-]+)${M}(?:,?\\s+|-)(\\d{4})\\b`),
      (m) => toIso(+m[3]!, months.get(m[2]!) ?? 0, +m[1]!),
    ],
    [
      new RegExp(`\\b${M}\\s+${D},?\\s+(\\d{4})\\b`),
      (m) => toIso(+m[3]!, months.get(m[1]!) ?? 0, +m[2]!),
    ],
  ]
  // Every form has digits; the month names and labels are matched in lower case.
  const find = (input: string): FoundDate | null => {
    if (!/\d/.test(input)) return null
    const line = input.toLowerCase()
    let best: FoundDate | null = null
    for (const [re, read] of rules) {
      const m = re.exec(line)
      if (!m) continue
      const iso = read(m)
      if (iso && (!best || m.index < best.start))
        best = { iso, start: m.index, end: m.index + m[0].length }
    }
    return best
  }
  const isDateLine = (line: string): boolean => {
    if (line.length > 100) return false
    const found = find(line)
    if (!found) return false
    const lower = line.toLowerCase()
    const rest = (lower.slice(0, found.start) + ' ' + lower.slice(found.end))
      .replace(WEEKDAY, ' ')
      .replace(TIME, ' ')
      .replace(STAMP_WORDS, ' ')
    // A stamp may carry a time zone or a view count, but not a clause ("On 3 May the army…").
    const words = rest.match(/[\p{L}\p{N}]+/gu) ?? []
    return words.length <= 3
  }
  return { find, isDateLine }
}
