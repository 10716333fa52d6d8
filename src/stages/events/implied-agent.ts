import type { DocView, SentenceView } from './doc-view.js'
import { findAgent, type Filler } from './find-parties.js'

// Acts on a territory whose agent is not its owner: "the annexation of Ukrainian territories".
const TAKING = new Set(['annexation', 'occupation', 'invasion', 'seizure', 'takeover'])
const BY = new Set(['by'])
const AGENT_REACH = 6

/**
 * "refused to recognise the annexation of Ukrainian territories", "condemned the occupation of
 * Georgia": a recipient named inside "the annexation of X" is the territory, not the party the act
 * is aimed at. That party is the taker: "by Y" when written, else the state the document names
 * most often besides the actor and the territory's owner. Returns null when the recipient is not
 * such a territory or no taker is found.
 */
export function impliedTaker(
  view: DocView,
  sv: SentenceView,
  recipients: Filler,
  actor: string | null,
): Filler | null {
  const g = recipients.group
  const toks = sv.tokens
  if (!g || toks[g.first - 1]?.lower !== 'of' || !TAKING.has(toks[g.first - 2]?.lower ?? ''))
    return null
  const owner = recipients.parties[0]?.code ?? null
  const agent = findAgent(sv, g.end, Math.min(toks.length, g.end + AGENT_REACH), BY)
  if (agent.parties.length) return agent
  const counts = new Map<string, number>()
  for (const s of view.sentences)
    for (const x of s.groups)
      for (const p of x.parties)
        if (p.code && p.code !== actor && p.code !== owner && p.kind === 'COUNTRY')
          counts.set(p.code, (counts.get(p.code) ?? 0) + 1)
  let best: string | null = null
  for (const [code, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = code
  return best ? { parties: [{ code: best, entity: null, kind: 'COUNTRY' }], group: null } : null
}
