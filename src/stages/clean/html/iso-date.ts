const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

const pad = (n: number): string => String(n).padStart(2, '0')

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null
}

const month = (name: string): number =>
  MONTHS[name.toLowerCase().slice(0, 4).replace(/\.$/, '')] ??
  MONTHS[name.toLowerCase().slice(0, 3)] ??
  0

/**
 * Reads a date as pages write it in metadata and bylines and returns `YYYY-MM-DD`, or null.
 * The calendar date is taken as written (a timestamp's own offset), never shifted to UTC, so
 * "2024-03-01T01:00+06:00" stays 1 March. Accepts ISO 8601 (also compact `20240301`), `2024/03/01`,
 * `1 March 2024`, `March 1st, 2024`, `Nov. 19, 2019` and Unix seconds or milliseconds.
 *
 * @example isoDate('Published Nov. 19, 2019 8:21 am ET') // '2019-11-19'
 */
export function isoDate(input: string | null | undefined): string | null {
  if (!input) return null
  const s = input.trim()
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s)
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s)
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{10}|\d{13})$/.exec(s)
  if (m) {
    const ms = Number(m[1]) * (m[1]?.length === 10 ? 1000 : 1)
    return new Date(ms).toISOString().slice(0, 10)
  }
  const mon =
    '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${mon},?\\s+(\\d{4})\\b`, 'i').exec(s)
  if (m) return valid(Number(m[3]), month(m[2] ?? ''), Number(m[1]))
  m = new RegExp(`\\b${mon}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(s)
  if (m) return valid(Number(m[3]), month(m[1] ?? ''), Number(m[2]))
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s)
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]))
  return null
}
