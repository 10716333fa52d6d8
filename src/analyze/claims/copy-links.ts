import type { ClaimDoc } from '../../store/claim-reads.js'

/**
 * The stored copies (documents with `duplicateOf`) by the document they copy, following chains of
 * copies to their root. Holds only the copies, not the corpus: any other document is its own root.
 */
export class CopyLinks {
  private readonly byId = new Map<string, ClaimDoc>()
  private readonly byRoot = new Map<string, ClaimDoc[]>()

  constructor(copies: Iterable<ClaimDoc>) {
    for (const d of copies) if (d.duplicateOf) this.byId.set(d.id, d)
    // In the order given (the store's document order); mentions are sorted later anyway.
    for (const d of this.byId.values()) {
      const root = this.rootOf(d.id)
      const list = this.byRoot.get(root)
      if (list) list.push(d)
      else this.byRoot.set(root, [d])
    }
  }

  /** The document at the end of `id`'s chain of copy links (itself when it copies nothing). */
  rootOf(id: string): string {
    const seen = new Set<string>()
    let cur = id
    for (let d = this.byId.get(cur); d?.duplicateOf && !seen.has(cur); d = this.byId.get(cur)) {
      seen.add(cur)
      cur = d.duplicateOf
    }
    return cur
  }

  /** Stored copies whose root is `root`. */
  copiesOf(root: string): readonly ClaimDoc[] {
    return this.byRoot.get(root) ?? []
  }
}
