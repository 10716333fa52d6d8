import { readFileSync } from 'node:fs'

/** A place and the state it belongs to. */
export interface Place {
  /** Canonical name (GeoNames' name for cities: "Oral" for "Uralsk"). */
  readonly name: string
  /** ISO 3166-1 alpha-3 code, or null for regions that span states ("Central Asia"). */
  readonly country: string | null
}

/** Looks up a place by name (any case). */
export interface Gazetteer {
  lookup(name: string): Place | undefined
}

/**
 * Loads `data/regions.tsv`, `data/admin1.tsv` (country-region-data, MIT) and `data/places.tsv` (GeoNames cities500, CC BY 4.0, derived by
 * scripts/build-gazetteer.ts, sorted by lower-case name). The big file is kept as an array of
 * lines and binary-searched, so loading costs one read and one split (no 100k-entry Map).
 */
export function loadGazetteer(): Gazetteer {
  const lines = readData('places.tsv')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
  const regions = readMap('regions.tsv')
  // Provinces and states ("Sindh", "Aceh"): after cities, so a city keeps its own name.
  const admin1 = readMap('admin1.tsv')
  // Names repeat across documents; remember answers (bounded, so a long ingest cannot grow it).
  const memo = new Map<string, Place | null>()
  const search = (key: string): Place | undefined => {
    const region = regions.get(key)
    if (region) return region
    let lo = 0
    let hi = lines.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const line = lines[mid] as string
      const k = line.slice(0, line.indexOf('\t')).toLowerCase()
      if (k === key) {
        const place = parse(line)
        // "Borno": another town's alternate spelling (Borna, Germany) yields to a province's own
        // name; a town's own name still wins over a province's.
        return place && place.name.toLowerCase() !== key ? (admin1.get(key) ?? place) : place
      }
      if (k < key) lo = mid + 1
      else hi = mid - 1
    }
    return admin1.get(key)
  }
  return {
    lookup(name: string): Place | undefined {
      const key = name.toLowerCase()
      const hit = memo.get(key)
      if (hit !== undefined) return hit ?? undefined
      const found = search(key)
      if (memo.size > 50_000) memo.clear()
      memo.set(key, found ?? null)
      return found
    },
  }
}

const readData = (file: string): string =>
  readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')

// A small name → place table (lower-case keys).
function readMap(file: string): Map<string, Place> {
  const out = new Map<string, Place>()
  for (const line of readData(file).split('\n')) {
    if (!line || line.startsWith('#')) continue
    const place = parse(line)
    if (place) out.set(line.slice(0, line.indexOf('\t')).toLowerCase(), place)
  }
  return out
}

function parse(line: string): Place | undefined {
  const [surface, canonical, country] = line.split('\t')
  if (!surface || !canonical || !country) return undefined
  const code = country.trim()
  return { name: canonical === '=' ? surface : canonical, country: code === '-' ? null : code }
}
