import type { RawMention } from './raw-mention.js'
import type { Token } from './tokenize.js'

// Features named after a state that are no state ("the Niger river", "Congo River", "Lake Chad",
// "the Jordan Valley"): they cross borders, so they are places of no state.
const FEATURE_AFTER = new Set(['river', 'valley', 'basin', 'delta', 'estuary', 'gorge'])
const FEATURE_BEFORE = new Set(['lake', 'river'])
// "the Gulf of Finland", "the Sea of Japan", "the Bay of Bengal": a water body named for a state.
const WATER_OF = new Set(['gulf', 'sea', 'bay', 'strait', 'straits'])

/** `out` with each state mention that names a river, lake or valley turned into a place. */
export function riversAndValleys(tokens: readonly Token[], out: RawMention[]): RawMention[] {
  return out.map((m) => {
    if (m.kind !== 'state' || m.ref.type !== 'COUNTRY') return m
    const after = tokens[m.end]
    const before = tokens[m.start - 1]
    const tail = after?.isWord && FEATURE_AFTER.has(after.lower) ? 1 : 0
    const water = tokens[m.start - 2]
    const lead =
      before?.isCap && FEATURE_BEFORE.has(before.lower)
        ? 1
        : before?.lower === 'of' && water?.isCap && WATER_OF.has(water.lower)
          ? 2
          : 0
    if (!tail && !lead) return m
    const [start, end] = [m.start - lead, m.end + tail]
    const name = tokens
      .slice(start, end)
      .map((t) => t.text)
      .join(' ')
    return { kind: 'place', start, end, name, country: null }
  })
}
