import type { DatePrecision } from '../../core/model.js'
import { gatedChrono } from './gated-chrono.js'

/** A resolved event date and how precisely the text gives it. */
export interface EventDate {
  readonly date: string | null
  readonly precision: DatePrecision
}

// Cheap pre-check so that chrono only runs on sentences that can hold a date expression.
const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+(?:week|month|year)|ago)\b|\b\d{4}-\d{2}-\d{2}\b/i
const BARE_YEAR = /\b(?:in|since|during|of|by)\s+((?:19|20)\d{2})\b/i
const pad = (n: number): string => String(n).padStart(2, '0')
// Built once: chrono's casual English parser, skipping patterns that cannot match a sentence.
const chrono = gatedChrono()

/**
 * Resolves the first date expression of a sentence against the publication date (chrono-node
 * with the article date as reference; bare years "in 2014"). Without one, the publication date
 * with precision `publication`; without that, null / `unknown`.
 */
export function eventDate(sentence: string, published: string | null): EventDate {
  const ref = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : null
  if (ref && DATE_HINT.test(sentence)) {
    const [hit] = chrono.parse(sentence, ref, { forwardDate: false })
    const y = hit?.start.get('year')
    const known = hit?.start
    if (hit && known && y) {
      const m = known.get('month') ?? 1
      const d = known.get('day') ?? 1
      const precision: DatePrecision =
        known.isCertain('day') || known.isCertain('weekday')
          ? 'day'
          : known.isCertain('month')
            ? 'month'
            : 'year'
      return { date: `${y}-${pad(m)}-${pad(d)}`, precision }
    }
  }
  const year = BARE_YEAR.exec(sentence)?.[1]
  if (year) return { date: `${year}-01-01`, precision: 'year' }
  if (published) return { date: published.slice(0, 10), precision: 'publication' }
  return { date: null, precision: 'unknown' }
}
