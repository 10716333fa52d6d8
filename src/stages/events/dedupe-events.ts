import type { RawEvent } from './code-sentence.js'

/**
 * Drops repeats among the events of one sentence: the same type, parties, status and conjunct slot
 * coded from two triggers, and an untargeted mention of an act that another mention gives a target.
 */
export function dedupe(events: readonly RawEvent[]): RawEvent[] {
  const seen = new Set<string>()
  // "turned down the offer, and said they were against …": a second mention of the same act with no
  // target adds nothing to one that has a target.
  const targeted = new Set(
    events.filter((e) => e.recipient).map((e) => `${e.type}|${e.actor.code}|${e.status}`),
  )
  return events.filter((e) => {
    if (!e.recipient && targeted.has(`${e.type}|${e.actor.code}|${e.status}`)) return false
    // Two conjuncts of one state ("the government and the rebels") are two events.
    const key = `${e.type}|${e.actor.code}|${e.recipient?.code ?? ''}|${e.status}|${e.slot ?? 0}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
