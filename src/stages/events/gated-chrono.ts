import * as chrono from 'chrono-node'

// Text every match of a parser's pattern must contain, by parser class (chrono-node 2.x casual
// English configuration). Each regex is a plain consequence of the parser's own pattern: a
// keyword or digit layout that the pattern cannot match without, with the same flags (`i`,
// no `u`) so that case folding agrees. Checked on the whole sentence, it also covers the
// sentence tails that chrono re-scans after a failed extraction (no left-context test here).
// Parsers not listed always run.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i
const NEEDS: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: /[0-9]{4}[-./\s]/,
  ISOFormatParser: /[0-9]{4}-[0-9]/,
  SlashDateFormatParser: /[0-9][/.-][0-9]/,
  ENSlashMonthFormatParser: /[0-9]\/[0-9]{4}/,
  ENTimeExpressionParser: /[0-9]/,
  // Every month and weekday name (and abbreviation) in chrono's dictionaries opens with these.
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENTimeUnitLaterFormatParser: /(?:later|after|from now|henceforth|forward|out)(?=\W|$)/i,
  ENTimeUnitAgoFormatParser: /(?:ago|before|earlier)(?=\W|$)/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
}

// Matches nothing, and fails at once: anchored at the start of the text.
const NEVER = /^(?!)/

/**
 * chrono-node's casual English parser in which a parser whose pattern cannot match the text
 * (its required keyword or digits are absent) is skipped: chrono otherwise runs some twenty
 * patterns over every sentence, the costliest step of the event stage (issue #8). Results are
 * exactly chrono's (same parsers, order and refiners); gated-chrono.test.ts compares both.
 */
export function gatedChrono(base: chrono.Chrono = chrono.casual): chrono.Chrono {
  const gated = base.clone()
  // One verdict per gate and text: the four month-name parsers share theirs.
  const verdicts = new Map<RegExp, { text: string; ok: boolean }>()
  const allows = (needs: RegExp, text: string): boolean => {
    let v = verdicts.get(needs)
    if (!v) verdicts.set(needs, (v = { text: '', ok: true }))
    if (v.text !== text) [v.text, v.ok] = [text, needs.test(text)]
    return v.ok
  }
  gated.parsers = base.parsers.map((parser): chrono.Parser => {
    const needs = NEEDS[parser.constructor.name]
    if (!needs) return parser
    return {
      pattern: (context) => (allows(needs, context.text) ? parser.pattern(context) : NEVER),
      extract: (context, match) => parser.extract(context, match),
    }
  })
  return gated
}
