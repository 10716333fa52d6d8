/** Half-open `[start, end)` range of UTF-16 code units in `Doc.text`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** True when `span` lies inside a text of `length` code units and is not inverted. */
export function isSpanInside(span: Span, length: number): boolean {
  return span.start >= 0 && span.end <= length && span.start <= span.end
}

/** The text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}
