/** Rows per store call: the stores return at most 10 000 at a time. */
const PAGE = 10_000

/** Every row of a store listing, page by page. */
export async function readAll<T>(
  list: (page: { limit: number; offset: number }) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = []
  for (let offset = 0; ; offset += PAGE) {
    const rows = await list({ limit: PAGE, offset })
    out.push(...rows)
    if (rows.length < PAGE) return out
  }
}
