/** Where CLI commands write: data to stdout, diagnostics to stderr. Swappable in tests. */
export interface Output {
  out(line: string): void
  err(line: string): void
  readonly isTTY: boolean
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  isTTY: !!process.stderr.isTTY,
}

/** Prints rows as an aligned text table with a header. */
export function printTable(
  o: Output,
  headers: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
): void {
  const cells = rows.map((r) => r.map((c) => (c == null ? '' : String(c)).replace(/\s+/g, ' ')))
  const widths = headers.map((h, i) =>
    Math.min(60, Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length))),
  )
  const fit = (s: string, w: number): string =>
    s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w)
  o.out(
    headers
      .map((h, i) => fit(h, widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  )
  for (const r of cells)
    o.out(
      r
        .map((c, i) => fit(c, widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
}

/** Exit status of a run: success, partial failure (some inputs failed), or an error code. */
export const EXIT_OK = 0
export const EXIT_PARTIAL = 2
