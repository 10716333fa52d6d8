import { openStore, type Store } from '../../../store/store.js'
import { claimRecord, type ClaimRecord } from '../../formats/claim-record.js'
import { dbUrl, intOption, parse } from '../args.js'
import { readAll } from '../../../store/read-all.js'
import { EXIT_OK, printTable, type Output } from '../output.js'
import type { LISTING_NAMES } from '../main.js'

type Values = Record<string, string | boolean | undefined>
interface Listing {
  readonly usage: string
  readonly filters: Record<string, { type: 'string' }>
  fetch(store: Store, v: Values, page: { limit: number; offset: number }): Promise<unknown[]>
  readonly headers: readonly string[]
  row(record: never): readonly unknown[]
}

const s = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const str = { type: 'string' } as const

// Exactly the names main.ts routes here (a missing or extra listing is a type error).
const LISTINGS: Record<(typeof LISTING_NAMES)[number], Listing> = {
  documents: {
    usage: 'forewarn documents [--q WORDS] [--json]',
    filters: { q: str },
    fetch: (st, v, p) =>
      st.listDocs({ ...p, q: s(v['q']) }).then((ds) =>
        ds.map(({ sentences, mentions, bands, ...d }) => ({
          ...d,
          events: d.events.length,
          quotes: d.quotes.length,
          mentions: mentions.length,
          sentences: sentences.length,
        })),
      ),
    headers: ['id', 'published', 'title', 'events', 'source'],
    row: (d: {
      id: string
      meta: { published: string | null; title: string | null }
      events: number
      source: { uri: string }
    }) => [d.id, d.meta.published?.slice(0, 10), d.meta.title, d.events, d.source.uri],
  },
  entities: {
    usage:
      'forewarn entities [--type PERSON|ORG|COUNTRY|IGO|PLACE] [--country ISO3] [--q NAME] [--json]',
    filters: { type: str, country: str, q: str },
    fetch: (st, v, p) =>
      st.listEntities({ ...p, type: s(v['type']), country: s(v['country']), q: s(v['q']) }),
    headers: ['id', 'type', 'country', 'sector', 'mentions', 'aliases'],
    row: (e: {
      id: string
      type: string
      country: string | null
      sector: string | null
      mentionCount: number
      aliases: string[]
    }) => [e.id, e.type, e.country, e.sector, e.mentionCount, e.aliases.join(' | ')],
  },
  events: {
    usage:
      'forewarn events [--actor ISO3] [--recipient ISO3] [--type PLOVER] [--status S] [--from DATE] [--to DATE] [--q WORDS] [--json]',
    filters: {
      actor: str,
      recipient: str,
      type: str,
      status: str,
      from: str,
      to: str,
      q: str,
      entity: str,
    },
    fetch: (st, v, p) =>
      st.listEvents({
        ...p,
        actor: s(v['actor']),
        recipient: s(v['recipient']),
        type: s(v['type']),
        status: s(v['status']),
        from: s(v['from']),
        to: s(v['to']),
        q: s(v['q']),
        entity: s(v['entity']),
      }),
    headers: ['date', 'type', 'actor', 'recipient', 'status', 'evidence'],
    row: (e: {
      date: string | null
      type: string
      actor: string | null
      recipient: string | null
      status: string
      evidence: string
    }) => [e.date, e.type, e.actor, e.recipient, e.status, e.evidence],
  },
  quotes: {
    usage: 'forewarn quotes [--speaker ENTITY] [--q WORDS] [--json]',
    filters: { speaker: str, q: str },
    fetch: (st, v, p) => st.listQuotes({ ...p, speaker: s(v['speaker']), q: s(v['q']) }),
    headers: ['speaker', 'quote'],
    row: (q: { speaker: string | null; speakerName: string | null; text: string }) => [
      q.speaker ?? q.speakerName,
      q.text,
    ],
  },
  claims: {
    usage:
      'forewarn claims [--status corroborated|single-source|disputed|denied|unverified] [--type PLOVER] [--json]',
    filters: { status: str, type: str },
    fetch: async (st, v, p) => {
      const claims = await st.listClaims({ ...p, status: s(v['status']), type: s(v['type']) })
      const docs = new Map(
        (
          await readAll((page) => st.listDocs({ ...page, includeDuplicates: true, bare: true }))
        ).map((d) => [d.id, d]),
      )
      return claims.map((c) => claimRecord(c, docs))
    },
    headers: ['id', 'type', 'actor', 'recipient', 'status', 'sources', 'summary'],
    row: (c: ClaimRecord) => [
      c.id,
      c.type,
      c.actor,
      c.recipient,
      c.status,
      c.independent_sources,
      c.summary,
    ],
  },
}

/** `forewarn documents|entities|events|quotes|claims`: a table, or JSON Lines with --json. */
export async function listCommand(
  name: (typeof LISTING_NAMES)[number],
  argv: readonly string[],
  o: Output,
): Promise<number> {
  const listing = LISTINGS[name]
  const { values } = parse(argv, { ...listing.filters, limit: str, offset: str }, listing.usage)
  const page = {
    limit: intOption('limit', values['limit'], values.json ? 10_000 : 50),
    offset: intOption('offset', values['offset'], 0),
  }
  const store = await openStore(dbUrl(values.db))
  try {
    const rows = await listing.fetch(store, values as Values, page)
    if (values.json) for (const r of rows) o.out(JSON.stringify(r))
    else
      printTable(
        o,
        listing.headers,
        rows.map((r) => listing.row(r as never)),
      )
  } finally {
    await store.close()
  }
  return EXIT_OK
}
