import { slugify } from '../../core/ids.js'

/** What decides whether one mention is an independent source or a copy of another. */
export interface SourceFacts {
  /** Document the mention is in. */
  readonly doc: string
  /** Document it copies (near-duplicate root), or its own id. */
  readonly rootDoc: string
  readonly publisher: string | null
  /** Origin the page names for its content ("Source: …", "originally appeared on …"). */
  readonly citedOrigin: string | null
  /** Who the text attributes the event to ("according to X", "X reported"), if not the actor. */
  readonly reportedBy: string | null
}

/** Options for `assignOrigins`. */
export interface AssignOriginsOptions {
  /** True when two documents are copies of one report (e.g. shingle containment). */
  readonly isCopy?: (docA: string, docB: string) => boolean
  /**
   * Every pair of the given documents that are copies (all pairs `isCopy` would accept), for
   * callers that find them faster than pair by pair. Used instead of `isCopy` when given.
   */
  readonly copiesAmong?: (
    docs: readonly string[],
    connected: (docA: string, docB: string) => boolean,
  ) => Iterable<readonly [string, string]>
}

/**
 * Canonical key of an outlet name, so that "The Steppe Monitor", "steppe-monitor.example" and
 * "Steppe Monitor" meet: lower case, no leading article, no web suffixes, letters and digits only.
 */
export function outletKey(name: string): string {
  const trimmed = name.trim()
  // A URL or bare host names its outlet by the host: "https://www.steppemonitor.example/a/b".
  const host =
    /^(?:https?:\/\/)?(?:www\.)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)(?:[/?#:]|$)/iu.exec(trimmed)
  const bare = (host && !/\s/.test(trimmed) ? (host[1] ?? trimmed) : trimmed)
    .replace(/^(the|a|an)\s+/i, '')
    .replace(/\.(com|net|org|info|news|example|ru|ua|kz|uk|co|io|tv|am|az|by|ge)\b/gi, '')
  // Note: hyphens dropped too, so "Caspian Wire" meets "caspianwire.com".
  return slugify(bare).replace(/-/g, '')
}

/**
 * Assigns each mention the key of its independent origin. Mentions share an origin when they are in
 * the same or copied documents, come from the same publisher, cite the same origin (a page's
 * "Source:" line, or "according to X" in the text), or sit in documents `isCopy` calls copies —
 * union-find over those links, so a chain of copies collapses into one origin. The key is the
 * first outlet name the group gives (as written), else `doc:` and the root document id.
 */
export function assignOrigins(
  facts: readonly SourceFacts[],
  options: AssignOriginsOptions = {},
): string[] {
  const parent = facts.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number
    return i
  }
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)]
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  const byKey = new Map<string, number>()
  const link = (key: string, i: number): void => {
    const seen = byKey.get(key)
    if (seen === undefined) byKey.set(key, i)
    else union(seen, i)
  }
  facts.forEach((f, i) => {
    link(`doc:${f.rootDoc}`, i)
    for (const name of [f.publisher, f.citedOrigin, f.reportedBy]) {
      const key = name ? outletKey(name) : ''
      if (key) link(`outlet:${key}`, i)
    }
  })
  // One representative per document: copies are a property of documents, not of mentions.
  const reps = [...new Map(facts.map((f, i) => [f.rootDoc, i])).entries()]
  if (options.copiesAmong && reps.length > 1) {
    // The same origins as asking every pair: union-find ends with the same groups either way.
    const repOf = (doc: string): number => repIndex.get(doc) as number
    const repIndex = new Map(reps)
    const connected = (a: string, b: string): boolean => find(repOf(a)) === find(repOf(b))
    for (const [a, b] of options.copiesAmong(
      reps.map(([doc]) => doc),
      connected,
    ))
      union(repOf(a), repOf(b))
  } else if (options.isCopy) {
    for (let i = 0; i < reps.length; i++)
      for (let j = i + 1; j < reps.length; j++) {
        const [[docA, a], [docB, b]] = [reps[i] as [string, number], reps[j] as [string, number]]
        if (find(a) !== find(b) && options.isCopy(docA, docB)) union(a, b)
      }
  }
  const label = new Map<number, string>()
  facts.forEach((f, i) => {
    const root = find(i)
    const name = f.citedOrigin ?? f.reportedBy ?? f.publisher
    const current = label.get(root)
    if (name && outletKey(name) && (!current || current.startsWith('doc:')))
      label.set(root, name.trim())
    else if (!current) label.set(root, `doc:${f.rootDoc}`)
  })
  return facts.map((_, i) => label.get(find(i)) as string)
}
