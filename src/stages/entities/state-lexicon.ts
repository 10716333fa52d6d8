import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'
import type { EntityType } from '../../core/model.js'
import { FuzzyStates } from './fuzzy-states.js'
import { PhraseLexicon, type CaseRule } from './phrase-lexicon.js'

/** How a state or IGO is named in a mention. */
export type StateMentionKind = 'name' | 'demonym' | 'capital' | 'metonym' | 'acronym'

/** What a state / IGO phrase refers to. */
export interface StateRef {
  /** ISO 3166-1 alpha-3 code (`KAZ`) or IGO short name (`CSTO`). */
  readonly id: string
  readonly type: Extract<EntityType, 'COUNTRY' | 'IGO'>
  readonly kind: StateMentionKind
}

/** Canonical display names of states and IGOs by id. */
export interface StateLexicon {
  readonly phrases: PhraseLexicon<StateRef>
  readonly names: ReadonlyMap<string, string>
  /** Country-code top-level domain without the dot (`ua`) → ISO3; generic-use ones left out. */
  readonly byTld: ReadonlyMap<string, string>
  /** One-letter misspellings of one-word country names and demonyms ("Quatar"). */
  readonly fuzzy: FuzzyStates
}

interface StatesExtra {
  names: Record<string, string[]>
  adjectives: Record<string, string[]>
  seats: Record<string, string[]>
  lowercaseAmbiguous: string[]
  capitalsSkip: string[]
}
interface IgoFile {
  igos: Array<{ id: string; name: string; acronyms: string[]; names: string[] }>
}

// world-countries ships CommonJS JSON; reading it through require keeps its types honest.
const loadCountries = (): readonly Country[] =>
  createRequire(import.meta.url)('world-countries/countries.json') as Country[]

const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as T

/** Builds the state and IGO lexicon once (world-countries + the reviewed data files). */
export function buildStateLexicon(genericTlds: ReadonlySet<string> = new Set()): StateLexicon {
  const extra = readJson<StatesExtra>('states-extra.json')
  const igos = readJson<IgoFile>('igos.json')
  const phrases = new PhraseLexicon<StateRef>()
  const fuzzy = new FuzzyStates()
  const names = new Map<string, string>()
  const byTld = new Map<string, string>()
  const ambiguous = new Set(extra.lowercaseAmbiguous)
  const refs = new Map<string, StateRef>()
  const ref = (id: string, type: StateRef['type'], kind: StateMentionKind): StateRef => {
    const key = `${id}:${kind}`
    const r = refs.get(key) ?? { id, type, kind }
    refs.set(key, r)
    return r
  }
  const skipCapitals = new Set(extra.capitalsSkip)
  // Acronyms ("US", "UAE") only as written; names of states also in lower case ("russia" in badly
  // edited pages) unless the lower-case form is an English word ("turkey", "chad").
  const add = (phrase: string, r: StateRef, lowerOk = false): void => {
    if (!/^[\p{Script=Latin}\s.'’\-()]+$/u.test(phrase)) return
    const rule: CaseRule = /^[A-Z.]{2,6}$/.test(phrase)
      ? 'exact'
      : lowerOk && !ambiguous.has(phrase.toLowerCase()) && phrase.length >= 5
        ? 'any'
        : 'cap'
    phrases.add(phrase, r, rule)
    if (r.type === 'COUNTRY' && (r.kind === 'name' || r.kind === 'demonym')) fuzzy.add(phrase, r)
  }
  for (const c of loadCountries()) {
    const id = c.cca3
    names.set(id, c.name.common)
    for (const tld of c.tld) {
      const code = tld.replace(/^\./, '')
      if (/^[a-z]{2}$/.test(code) && !genericTlds.has(code)) byTld.set(code, id)
    }
    add(c.name.common, ref(id, 'COUNTRY', 'name'), c.independent)
    add(c.name.official, ref(id, 'COUNTRY', 'name'))
    for (const alt of c.altSpellings)
      if (alt.length > 3 || /^[A-Z]{3,}$/.test(alt)) add(alt, ref(id, 'COUNTRY', 'name'))
    const dem = c.demonyms?.['eng']
    // Some entries name two peoples in one string ("Antiguan, Barbudan", "Kittitian or Nevisian").
    const dems = [dem?.m, dem?.f].flatMap((d) => (d ? d.split(/,\s*|\s+or\s+/) : []))
    if (c.independent) for (const d of new Set(dems)) addAdjective(d, id)
    if (c.independent)
      for (const cap of c.capital ?? [])
        if (!skipCapitals.has(cap)) add(cap.replace(/ D\.C\.$/, ''), ref(id, 'COUNTRY', 'capital'))
  }
  for (const [id, list] of Object.entries(extra.names))
    for (const n of list) add(n, ref(id, 'COUNTRY', 'name'), true)
  for (const [id, list] of Object.entries(extra.adjectives))
    for (const a of list) addAdjective(a, id)
  for (const [id, list] of Object.entries(extra.seats))
    for (const s of list) add(s, ref(id, 'COUNTRY', 'metonym'))
  for (const g of igos.igos) {
    names.set(g.id, g.name)
    for (const a of g.acronyms) phrases.add(a, ref(g.id, 'IGO', 'acronym'), 'exact')
    for (const n of g.names) add(n, ref(g.id, 'IGO', 'name'))
  }
  return { phrases, names, byTld, fuzzy }

  function addAdjective(adj: string, id: string): void {
    add(adj, ref(id, 'COUNTRY', 'demonym'), true)
    if (!/(ese|sh|ch|ss|s|z|x)$/.test(adj)) add(`${adj}s`, ref(id, 'COUNTRY', 'demonym'), true)
  }
}
