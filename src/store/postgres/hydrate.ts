import type { Pool } from 'pg'
import { docFromRow, eventFromRow, quoteFromRow, type Row } from '../sqlite/rows.js'
import type { StoredDoc } from '../store.js'

/**
 * Turns document rows into whole documents: sentences, mentions, events and quotes are fetched
 * for all of them at once (four queries, not four per document).
 */
export async function hydrateDocs(pool: Pool, docs: readonly Row[]): Promise<StoredDoc[]> {
  if (!docs.length) return []
  const ids = docs.map((d) => String(d['id']))
  const [sentences, mentions, events, quotes] = (await Promise.all(
    [
      'sentences ORDER BY doc, idx',
      'mentions ORDER BY doc, start',
      'events ORDER BY doc, start',
      'quotes ORDER BY doc, start',
    ].map(async (t) => {
      const [table, order] = t.split(' ORDER BY ') as [string, string]
      const res = await pool.query(
        `SELECT * FROM ${table} WHERE doc = ANY($1::text[]) ORDER BY ${order}`,
        [ids],
      )
      return groupByDoc(res.rows as Row[])
    }),
  )) as [Map<string, Row[]>, Map<string, Row[]>, Map<string, Row[]>, Map<string, Row[]>]
  return docs.map((row) => {
    const id = String(row['id'])
    const text = String(row['text'])
    return docFromRow(row, {
      sentences: (sentences.get(id) ?? []).map((s) => {
        const span = { start: Number(s['start']), end: Number(s['end']) }
        return {
          index: Number(s['idx']),
          span,
          paragraph: Number(s['paragraph']),
          text: text.slice(span.start, span.end),
        }
      }),
      mentions: (mentions.get(id) ?? []).map((m) => ({
        entity: String(m['entity']),
        span: { start: Number(m['start']), end: Number(m['end']) },
        text: String(m['text']),
      })),
      events: (events.get(id) ?? []).map(eventFromRow),
      quotes: (quotes.get(id) ?? []).map(quoteFromRow),
    })
  })
}

function groupByDoc(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>()
  for (const r of rows) {
    const doc = String(r['doc'])
    const list = out.get(doc)
    if (list) list.push(r)
    else out.set(doc, [r])
  }
  return out
}
