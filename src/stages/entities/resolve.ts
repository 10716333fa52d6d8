import type { SentenceRange } from './affiliation.js'
import type { EntityMention, DocEntities } from './index.js'
import type { Lexicons } from './lexicons.js'
import { nameKey, surnamesMatch } from './name-key.js'
import {
  emptyAffiliation,
  INTERNATIONAL,
  type Affiliation,
  type RawMention,
} from './raw-mention.js'
import type { Token } from './tokenize.js'
import {
  nearestBefore,
  officialsFallback,
  personCluster,
  type PersonCluster,
} from './person-cluster.js'
import { initialsFit, normOrg } from './org-mentions.js'
import { buildEntities, type Slot } from './build-entities.js'

// Built once: a regex literal with \p{…} inside a function is rebuilt on every call once the
// build lowers it to `new RegExp` (esbuild does for Node targets; issue #8).
const LOWER = /\p{Ll}/u

const NEWSROOM = new Set([
  'desk',
  'staff',
  'team',
  'newsroom',
  'editors',
  'editorial',
  'bureau',
  'reporters',
  'correspondents',
  'agencies',
  'wires',
])
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'around', 'across'])

type Raw<K extends RawMention['kind']> = Extract<RawMention, { kind: K }>

/**
 * Resolves one document's raw mentions into entities: a surname alone joins the full name it
 * matches (phonetic key + compatible given names), titles become roles, heads of state and known
 * organisations give country and sector, acronyms defined in parentheses join their names.
 */
export function resolveDocument(
  lx: Lexicons,
  text: string,
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  raw: readonly RawMention[],
  authors: readonly string[] = [],
  authorBios?: ReadonlyMap<string, Affiliation>,
): DocEntities {
  const span = (m: { start: number; end: number }) => ({
    start: (tokens[m.start] as Token).start,
    end: (tokens[m.end - 1] as Token).end,
  })
  const surface = (m: { start: number; end: number }) => {
    const s = span(m)
    return text.slice(s.start, s.end)
  }
  const paragraphOf = (tok: number): number => {
    let lo = 0
    let hi = sentences.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = sentences[mid] as SentenceRange
      if (tok < s.start) hi = mid - 1
      else if (tok >= s.end) lo = mid + 1
      else return s.paragraph
    }
    return -1
  }

  const persons: PersonCluster[] = []
  const slots = new Map<string, Slot>()
  const slot = (key: string, init: () => Slot['entity']): Slot => {
    let sl = slots.get(key)
    if (!sl) slots.set(key, (sl = { entity: init(), aliases: new Set(), mentions: [] }))
    return sl
  }

  // 1. Full names first, so that a surname anywhere in the text can join them.
  for (const m of raw) if (m.kind === 'person' && m.words.length >= 2) addPerson(m, surface(m))
  // The byline names people too ("By Jane Roe, Editor"): persons without a mention in the text.
  for (const a of authors) addAuthor(a)
  // 2. Organisations, and the acronyms they define.
  const acronyms = new Map<string, Slot>()
  for (const m of raw) if (m.kind === 'org') addOrg(m)
  // 3. One-word names: surname of a person above, a head of state, an outlet, a place, or a new person.
  for (const m of raw) {
    if (m.kind === 'person' && m.words.length === 1) addSingle(m, m.words[0] as string, m.aff, true)
    if (m.kind === 'single') addSingle(m, m.word, m.aff, m.speaker)
  }
  for (const m of raw) {
    if (m.kind === 'state') {
      const sl = slot(m.ref.id, () => ({
        id: m.ref.id,
        type: m.ref.type,
        name: lx.states.names.get(m.ref.id) ?? surface(m),
        country: m.ref.type === 'COUNTRY' ? m.ref.id : null,
        sector: m.ref.type === 'IGO' ? 'IGO' : null,
        role: null,
      }))
      sl.aliases.add(surface(m))
      sl.mentions.push({ start: m.start, end: m.end, kind: m.ref.kind })
    }
    if (m.kind === 'place') addPlace(m, m.name, m.country)
  }
  officialsFallback(persons)
  return buildEntities(text, tokens, persons, slots)

  function addPerson(
    m: Raw<'person'> | Raw<'single'>,
    written: string,
    words = m.kind === 'person' ? m.words : [m.word],
    aff = m.aff,
    kind: EntityMention['kind'] = words.length > 1 ? 'name' : 'surname',
  ): void {
    const cand = personCluster(words, aff, lx)
    const found = persons.find((p) => p.sameAs(cand))
    const p = found ?? cand
    if (found) found.merge(cand)
    else persons.push(cand)
    p.aliases.add(written)
    if (aff.titleText) p.aliases.add(`${aff.titleText} ${written}`)
    p.mentions.push({
      start: m.start,
      end: m.end,
      kind,
      paragraph: paragraphOf(m.start),
    })
  }

  function addAuthor(written: string): void {
    const aff = { ...(authorBios?.get(written) ?? emptyAffiliation()) }
    const words = written.split(/\s+/).filter((w) => {
      const title = lx.words.titles.has(w)
      if (title) aff.role ??= w
      return !title && LOWER.test(w)
    })
    // "Posted by Eurasia Brief Desk", "By Staff Reporters": a newsroom, not a person.
    if (!words.length || words.length > 4 || words.some((w) => NEWSROOM.has(w.toLowerCase())))
      return
    const cand = personCluster(words, aff, lx)
    const found = persons.find((p) => p.sameAs(cand))
    if (found) found.merge(cand)
    else persons.push(cand)
    ;(found ?? cand).aliases.add(words.join(' '))
  }

  function addSingle(
    m: Raw<'person'> | Raw<'single'>,
    word: string,
    aff: Affiliation,
    sure: boolean,
  ): void {
    const written = surface(m)
    const key = nameKey(word)
    const hits = persons.filter((p) => surnamesMatch(p.surnameKey, key) && !p.conflicts(aff))
    if (hits.length) {
      const p = hits.length === 1 ? (hits[0] as PersonCluster) : nearestBefore(hits, m.start)
      p.merge(personCluster([word], aff, lx))
      p.aliases.add(written)
      if (aff.titleText) p.aliases.add(`${aff.titleText} ${written}`)
      p.mentions.push({
        start: m.start,
        end: m.end,
        kind: 'surname',
        paragraph: paragraphOf(m.start),
      })
      return
    }
    const acr = acronyms.get(word)
    if (acr && m.kind === 'single') {
      acr.aliases.add(written)
      acr.mentions.push({ start: m.start, end: m.end, kind: 'acronym' })
      return
    }
    const known =
      m.kind === 'single' ? lx.words.knownOrgs.matchAt(tokens, m.start, m.end) : undefined
    if (known) {
      addOrg({
        kind: 'org',
        start: m.start,
        end: m.end,
        name: known.value.name,
        aff,
        known: known.value,
        acronym: null,
      })
      return
    }
    // An English word ("Charter", "Bush", "Sharia") is a leader's surname only when spelled
    // exactly like it: sounding alike is not enough ("Charter" is not "Carter").
    const lower = word.toLowerCase()
    const leader = lx.words
      .leadersFor(key)
      .find(
        (l) =>
          surnamesMatch(l.surnameKey, key) &&
          (l.name.split(' ').at(-1)?.toLowerCase() === lower || !lx.words.inDictionary(lower)),
      )
    if (leader) {
      const known = {
        ...aff,
        country: aff.country ?? leader.country,
        sector: aff.sector ?? leader.sector,
        role: aff.role ?? leader.role,
      }
      addPerson(m, written, leader.name.split(' '), known, 'surname')
      return
    }
    const place = LOWER.test(word) ? lx.places.lookup(word) : undefined
    // "Analysts in Almaty said …": a known place after a locative preposition is the place,
    // even before a speech verb.
    const located = place && LOCATIVE.has(tokens[m.start - 1]?.lower ?? '') && !aff.role
    if ((sure || aff.role) && LOWER.test(word) && !located) {
      addPerson(m, written, [word], aff)
      return
    }
    if (place) addPlace(m, place.name, place.country)
  }

  function addOrg(m: Raw<'org'>): void {
    const name = m.known?.name ?? m.name
    const key = `org:${normOrg(name)}`
    const sl =
      acronymSlot(m) ??
      slot(key, () => ({
        type: 'ORG',
        name,
        country: m.aff.country ?? m.known?.country ?? null,
        sector: m.aff.sector ?? m.known?.sector ?? null,
        role: m.known && !m.known.country && !m.aff.country ? INTERNATIONAL : null,
      }))
    slots.set(key, sl)
    sl.aliases.add(surface(m))
    sl.mentions.push({ start: m.start, end: m.end, kind: 'name' })
    if (m.acronym) {
      acronyms.set(m.acronym, sl)
      sl.aliases.add(m.acronym)
    }
  }

  // "Collective Security Treaty Alliance (CSTO)": a variant name of a known IGO.
  function acronymSlot(m: Raw<'org'>): Slot | undefined {
    if (!m.acronym) return undefined
    const igo = lx.states.phrases.matchAt(tokens, m.end + 1, m.end + 2)
    if (igo?.value.type !== 'IGO' || !initialsFit(m.name, m.acronym)) return acronyms.get(m.acronym)
    const id = igo.value.id
    return slot(id, () => ({
      id,
      type: 'IGO',
      name: lx.states.names.get(id) ?? id,
      country: null,
      sector: 'IGO',
      role: null,
    }))
  }

  function addPlace(m: { start: number; end: number }, name: string, country: string | null): void {
    const sl = slot(`place:${name}:${country}`, () => ({
      type: 'PLACE',
      name,
      country,
      sector: null,
      role: null,
    }))
    sl.aliases.add(surface(m))
    sl.mentions.push({ start: m.start, end: m.end, kind: 'name' })
  }
}
