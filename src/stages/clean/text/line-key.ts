/**
 * The comparison key of a line: lower case, every run of characters other than letters and
 * digits one space, trimmed ("Kazakhstan: Vote Today!" → "kazakhstan vote today").
 */
export const lineKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * A lower bound of `lineKey(s).length` without building the key: every ASCII letter or digit of
 * `s` stays one character of it (other characters add zero or more). Lines whose bound exceeds
 * the length of every key they are compared with are skipped unkeyed (issue #8).
 */
export function keyLengthAtLeast(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) n++
  }
  return n
}
