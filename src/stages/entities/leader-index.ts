import type { KnownPerson } from './word-lists.js'

/**
 * Known leaders that can match a surname key under `surnamesMatch`, in list order. That test
 * needs equal first letters, except for a Zh/Z/J initial ("zhaksybekov" / "haksybekov" keyed with
 * and without the z); so only leaders keyed with the same first letter, with "z", or (for a key
 * starting with z) with its second letter are candidates. Callers still apply `surnamesMatch`:
 * this only skips leaders that cannot pass it, so `find` returns the same leader as over the list.
 */
export function leaderIndex(
  leaders: readonly KnownPerson[],
): (surnameKey: string) => readonly KnownPerson[] {
  const byFirst = new Map<string, number[]>()
  leaders.forEach((l, k) => {
    const first = l.surnameKey[0] ?? ''
    byFirst.set(first, [...(byFirst.get(first) ?? []), k])
  })
  const memo = new Map<string, readonly KnownPerson[]>()
  return (key) => {
    const first = key[0] ?? ''
    const id = first === 'z' ? `z${key[1] ?? ''}` : first
    let list = memo.get(id)
    if (!list) {
      const firsts = new Set([first, 'z', first === 'z' ? (key[1] ?? '') : first])
      const indexes = [...firsts].flatMap((f) => byFirst.get(f) ?? []).sort((a, b) => a - b)
      list = indexes.map((k) => leaders[k] as KnownPerson)
      memo.set(id, list)
    }
    return list
  }
}
