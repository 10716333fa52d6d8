/**
 * Consonant skeleton of a name part, so that transliterations meet: Vorobyov/Vorobev,
 * Andrei/Andrey, Kassym/Kasym, Zhomart/Jomart → the same letters. Lower case, zh → j, vowels and
 * the glides y/j dropped, doubled letters collapsed.
 */
function skeleton(part: string): string {
  return part
    .toLowerCase()
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1')
}

/**
 * Whether two entity ids (kebab-case slugs) can name the same actor: equal, or the same
 * transliteration skeleton part by part, or a bare surname matching the other's last part. A
 * safety net for spellings the entity registry has not merged yet; the claim's type, dyad and time
 * window still have to agree.
 */
export function sameEntity(a: string, b: string): boolean {
  if (a === b) return true
  const pa = a.split('-').map(skeleton)
  const pb = b.split('-').map(skeleton)
  if (pa.some((p) => p.length < 3) || pb.some((p) => p.length < 3)) return false
  if (pa.length === pb.length) return pa.every((p, i) => p === pb[i])
  const [short, long] = pa.length < pb.length ? [pa, pb] : [pb, pa]
  return short.length === 1 && short[0] === long.at(-1)
}
