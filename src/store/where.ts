/** Builds a SQL WHERE clause from optional filters, with `?` placeholders in order. */
export class Where {
  private readonly parts: string[] = []
  readonly args: unknown[] = []

  /** Adds `sql` (with `?` placeholders) when `when` is true. */
  add(when: unknown, sql: string, ...args: unknown[]): this {
    if (when) {
      this.parts.push(sql)
      this.args.push(...args)
    }
    return this
  }

  /** Adds `col = ?` when `value` is set. */
  eq(col: string, value: string | undefined): this {
    return this.add(value, `${col} = ?`, value)
  }

  /** `WHERE a AND b`, or an empty string when there are no filters. */
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : ''
  }
}
