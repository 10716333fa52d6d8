import { openStore } from '../../../store/store.js'
import { dbUrl, parse } from '../args.js'
import { EXIT_OK, printTable, type Output } from '../output.js'

const USAGE = 'forewarn report [--watch ID] [--format md|html|json] [--out FILE]'

// TODO(#6): the watch report (indicators, risk over time, ACH) replaces this corpus summary.
/** `forewarn report`: a readable summary of what the store holds. */
export async function reportCommand(argv: readonly string[], o: Output): Promise<number> {
  const { values } = parse(
    argv,
    { watch: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
    USAGE,
  )
  const store = await openStore(dbUrl(values.db))
  try {
    const counts = await store.counts()
    o.out(`# forewarn: corpus summary`)
    o.out('')
    o.out(
      `${counts.documents} documents (${counts.duplicates} duplicates), ${counts.entities} entities, ${counts.events} events, ${counts.quotes} quotes, ${counts.claims} claims`,
    )
    o.out('')
    o.out('## Documents')
    const docs = await store.listDocs({ limit: 50 })
    printTable(
      o,
      ['published', 'title'],
      docs.map((d) => [d.meta.published?.slice(0, 10), d.meta.title]),
    )
    o.out('')
    o.out('## Most mentioned entities')
    const ents = await store.listEntities({ limit: 15 })
    printTable(
      o,
      ['entity', 'type', 'country', 'mentions'],
      ents.map((e) => [e.name, e.type, e.country, e.mentionCount]),
    )
    o.out('')
    o.out('## Events')
    const evs = await store.listEvents({ limit: 30 })
    printTable(
      o,
      ['date', 'type', 'actor', 'recipient', 'status', 'evidence'],
      evs.map((e) => [e.date, e.type, e.actor, e.recipient, e.status, e.evidence]),
    )
  } finally {
    await store.close()
  }
  return EXIT_OK
}
