/**
 * The `YYYY-MM-DD` day of an ISO date or timestamp, or null when the value is missing or not a
 * real date, so that a malformed date never turns a risk value into NaN.
 */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null
  const day = value.slice(0, 10)
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? day : null
}
