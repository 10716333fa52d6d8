import type { StateRef } from './state-lexicon.js'

/** Shortest name a misspelling is matched against ("Qatar"; not "Chad", "Iran" or "Iraq"). */
const MIN_LENGTH = 5
/** Answers remembered before the memo starts over (memory stays flat on long runs). */
const MAX_MEMO = 20_000
// A word's letters, checked only on the few words that reach the deletion probes.
const LETTERS = /^\p{L}+$/u

/**
 * One-edit misspellings of single-word state names and demonyms ("Quatar", "Ethopia",
 * "Ukranian"), by the symmetric-delete method: every name is indexed under each of its
 * one-letter deletions, so a lookup costs a few probes per letter of the word. A word one edit
 * from two different states matches neither.
 */
export class FuzzyStates {
  private readonly exact = new Map<string, StateRef>()
  private readonly deletions = new Map<string, Array<readonly [string, StateRef]>>()
  // Lookups by word: the same capitalised names recur across a document and a corpus, and a
  // lookup allocates a string per letter. A pure function's memo, bounded.
  private readonly memo = new Map<string, StateRef | null>()

  /** Indexes `name` (one word of `MIN_LENGTH` letters or more) for `ref`. */
  add(name: string, ref: StateRef): void {
    const w = name.toLowerCase()
    if (w.length < MIN_LENGTH || !LETTERS.test(w) || this.exact.has(w)) return
    this.memo.clear()
    this.exact.set(w, ref)
    for (const d of dropOne(w)) {
      const list = this.deletions.get(d) ?? []
      list.push([w, ref])
      this.deletions.set(d, list)
    }
  }

  /** The state `word` misspells by one letter (added, dropped, replaced or two swapped), if unique. */
  lookup(word: string): StateRef | null {
    const w = word.toLowerCase()
    if (w.length < MIN_LENGTH + 1 || this.exact.has(w)) return null
    const known = this.memo.get(w)
    if (known !== undefined) return known
    if (this.memo.size >= MAX_MEMO) this.memo.clear()
    const ref = this.search(w)
    this.memo.set(w, ref)
    return ref
  }

  // One-edit neighbours of lower-case `w` among the indexed names.
  private search(w: string): StateRef | null {
    if (!LETTERS.test(w)) return null
    const found = new Map<string, StateRef>()
    const take = (name: string, r: StateRef): void => {
      if (oneEdit(w, name)) found.set(r.id, found.get(r.id) ?? r)
    }
    for (const [name, r] of this.deletions.get(w) ?? []) take(name, r)
    for (const d of dropOne(w)) {
      const r = this.exact.get(d)
      if (r) take(d, r)
      for (const [name, x] of this.deletions.get(d) ?? []) take(name, x)
    }
    return found.size === 1 ? ([...found.values()][0] as StateRef) : null
  }
}

function dropOne(w: string): string[] {
  const out: string[] = []
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1))
  return out
}

/** True when `a` and `b` differ by one insertion, deletion, substitution or adjacent swap. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return false
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
