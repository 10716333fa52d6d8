import type { EntityId } from '../../core/ids.js'
import type { ActorCode, Entity, Mention } from '../../core/model.js'
import { INTERNATIONAL } from '../entities/raw-mention.js'
import type { Token } from './tokenize.js'

/** One party named by a noun phrase: its actor code and the most specific entity. */
export interface Party {
  readonly code: ActorCode | null
  readonly entity: EntityId | null
  /** Entity type of the most specific mention in the phrase. */
  readonly kind: Entity['type']
}

/** A run of mentions read as one phrase, possibly coordinated ("Georgia and Ukraine"). */
export interface MentionGroup {
  /** First and one-past-last token index of the group in the sentence's tokens. */
  readonly first: number
  readonly end: number
  readonly parties: readonly Party[]
  /** The phrase ends in a demonym ("Russian"), which may modify a common noun, or a capital. */
  readonly adjectival: boolean
  /** The phrase ends in a demonym ("Russian military bases"). */
  readonly demonym: boolean
  /** A hyphenated allegiance ("pro-Iranian", "Syrian-backed"): no subject, though it may be a target. */
  readonly allegiance?: boolean
}

// Words that may sit between the mentions of one noun phrase ("Russian Foreign Minister Lavrov").
const TITLE_GLUE = new Set(
  (
    "of the de al bin von - 's former deputy chief leader president minister prime foreign defence " +
    'defense secretary general spokesman spokeswoman official ambassador envoy commander king queen ' +
    'emir sheikh premier chancellor senator head vice interior finance'
  ).split(' '),
)
const COORD = new Set([',', 'and', 'or', '&', '–', '—', 'both', 'as', 'well'])
const RANK: Record<Entity['type'], number> = { PERSON: 4, ORG: 3, IGO: 3, COUNTRY: 2, PLACE: 1 }

/** The actor code of an entity: its state, or for an intergovernmental organisation its short name. */
export function codeOf(entity: Entity | undefined): ActorCode | null {
  if (!entity) return null
  if (entity.type === 'IGO' || (entity.sector === 'IGO' && !entity.country))
    return entity.id.toUpperCase()
  // International NGOs and armed groups of no state act as themselves (ICRC, MSF), never as a state.
  if (entity.type === 'ORG' && !entity.country && entity.role === INTERNATIONAL)
    return entity.aliases.find((a) => /^[A-Z]{2,6}$/.test(a)) ?? entity.id.toUpperCase()
  if (entity.type === 'COUNTRY') return entity.country ?? entity.id
  return entity.country
}

/**
 * Groups the mentions that fall in `tokens` into phrases and coordinations, in one left-to-right
 * pass. Mentions must be sorted by start.
 */
export function groupMentions(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  entityById: ReadonlyMap<EntityId, Entity>,
): MentionGroup[] {
  const phrases: Array<{ first: number; end: number; mentions: Mention[] }> = []
  let t = 0
  for (const m of mentions) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= m.span.start) t++
    const first = t
    let end = t
    while (end < tokens.length && (tokens[end]?.start ?? Infinity) < m.span.end) end++
    if (end === first) continue
    const prev = phrases[phrases.length - 1]
    if (prev && isGlue(tokens, prev.end, first, TITLE_GLUE, true)) {
      prev.end = end
      prev.mentions.push(m)
    } else phrases.push({ first, end, mentions: [m] })
  }
  const groups: MentionGroup[] = []
  let open: {
    first: number
    end: number
    parties: Party[]
    members: typeof phrases
    joined: boolean
  } | null = null
  const close = () => {
    if (!open) return
    // "Russia, Kazakhstan has …" is not a list: commas coordinate only when an "and"/"or" joins too.
    const adjectival = (ms: readonly Mention[]) => isAdjectival(ms[ms.length - 1] as Mention)
    const demonym = (ms: readonly Mention[]) =>
      (ms[ms.length - 1] as { kind?: string } | undefined)?.kind === 'demonym'
    const last = open.members[open.members.length - 1]
    if (open.joined || open.members.length === 1)
      groups.push({
        first: open.first,
        end: open.end,
        parties: open.parties,
        adjectival: adjectival(last?.mentions ?? []),
        demonym: demonym(last?.mentions ?? []),
      })
    else
      for (const [k, m] of open.members.entries())
        groups.push({
          first: m.first,
          end: m.end,
          parties: [open.parties[k] as Party],
          adjectival: adjectival(m.mentions),
          demonym: demonym(m.mentions),
        })
  }
  for (const p of phrases) {
    const party = partyOf(p.mentions, entityById)
    const agency = tokens[p.first - 1]?.text === '('
    if (p.first < DATELINE_SPAN && (!party.entity || agency) && isDateline(tokens, p.first, p.end))
      continue
    if (
      open &&
      !open.joined &&
      p.first > open.end &&
      isGlue(tokens, open.end, p.first, COORD, false)
    ) {
      if (tokens.slice(open.end, p.first).some((t) => t.lower !== ',')) open.joined = true
      open.end = p.end
      open.parties.push(party)
      open.members.push(p)
      continue
    }
    close()
    open = { first: p.first, end: p.end, parties: [party], members: [p], joined: false }
  }
  close()
  return groups
}

// "BISHKEK — Kyrgyzstan's foreign minister …": a place in capitals opening the sentence before a
// dash is a dateline: no party to the sentence's events, nor a conjunct of its subject.
// "NUR-SULTAN, KAZAKHSTAN –", "ASTANA (Reuters) –" too: every token up to the dash is in capitals,
// a comma, a slash, a date, or inside parentheses (the agency).
const DATELINE_SPAN = 16
function isDateline(tokens: readonly Token[], first: number, end: number): boolean {
  let inParens = false
  for (let k = 0; k < Math.min(tokens.length, DATELINE_SPAN); k++) {
    const t = tokens[k] as Token
    if (t.text === '(' || t.text === ')') inParens = t.text === '('
    else if (inParens) continue
    else if (/^[—–-]$/.test(t.text)) return k > 0 && end <= k && first >= 0
    else if (DATELINE_GLUE.test(t.text) || MONTHS.test(t.text)) continue
    else if (!t.isWord || t.text !== t.text.toUpperCase()) return false
  }
  return false
}

// "YEREVAN/BAKU, Nov. 3 (Wire) -": commas, slashes and the day's date sit in a dateline too.
const DATELINE_GLUE = /^(?:[,/.]|\d{1,4})$/
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i

function isGlue(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
  capitalised: boolean,
): boolean {
  if (to - from > 5) return false
  for (let i = from; i < to; i++) {
    const tok = tokens[i]
    if (!tok) return false
    if (words.has(tok.lower)) continue
    if (capitalised && /^\p{Lu}/u.test(tok.text)) continue
    return false
  }
  return true
}

// A demonym ("Ugandan opposition") or a capital ("blockade Paris") names a part of a state.
const isAdjectival = (m: Mention): boolean => {
  const kind = (m as { kind?: string }).kind
  return kind === 'demonym' || kind === 'capital'
}

function partyOf(mentions: readonly Mention[], entityById: ReadonlyMap<EntityId, Entity>): Party {
  let best: Entity | undefined
  let code: ActorCode | null = null
  for (const m of mentions) {
    const e = entityById.get(m.entity)
    if (!e) continue
    if (!best || RANK[e.type] > RANK[best.type]) best = e
  }
  code = codeOf(best)
  // A title's demonym gives the state when the person's own country is unknown.
  for (const m of mentions) code ??= codeOf(entityById.get(m.entity))
  const specific = best && (best.type === 'PERSON' || best.type === 'ORG' || best.type === 'IGO')
  return { code, entity: specific && best ? best.id : null, kind: best?.type ?? 'PLACE' }
}
