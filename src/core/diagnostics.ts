import type { Span } from './span.js'

/** How bad a content problem is. `fatal` ends processing of that document only. */
export type Severity = 'info' | 'warning' | 'fatal'

/** A problem found in content (never in code or config): stored with the document. */
export interface Diagnostic {
  readonly severity: Severity
  /** Stable kebab-case id, e.g. `quote-without-speaker`. */
  readonly ruleId: string
  readonly message: string
  /** Stage that reported it. */
  readonly stage?: string
  /** Where in `Doc.text` (half-open UTF-16 range), when it points at text. */
  readonly span?: Span
}
