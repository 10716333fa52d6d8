import { stanceOf } from './claim-status.js'
import { ClusterIndex, type Bucketed } from './cluster-index.js'
import type { MentionItem } from './mention-items.js'
import { sameEntity } from './same-entity.js'

/** How mentions of one claim key are grouped (see `BuildClaimsOptions`). */
export interface ClusterOptions {
  readonly windowDays: number
  readonly minSimilarity: number
  /** Evidence similarity of two word-id lists (see `wordOverlap`). */
  readonly overlap: (a: Int32Array, b: Int32Array) => number
}

/**
 * Groups the mentions of one claim key (one event type by one actor), given in `order`, into
 * claims, in order of creation. A claim's dated mentions never span more than `windowDays`, so
 * daily repeats of one accusation become one claim per window, not one chain across years.
 * Denials of the same type by the same actor join the claim they deny; copy mentions follow the
 * claim of the event they copy.
 */
export function clusterMentions(
  items: readonly MentionItem[],
  options: ClusterOptions,
): MentionItem[][] {
  const { windowDays: window, minSimilarity: minSim, overlap } = options
  const similar = (a: MentionItem, b: MentionItem): boolean => overlap(a.words, b.words) >= minSim
  const clusters: Cluster[] = []
  // Candidates are looked up by date (see ClusterIndex).
  const index = new ClusterIndex<Cluster, MentionItem>(window)
  for (const item of items) {
    if (item.docId !== item.event.doc) continue
    const home = index.near(item.day).find((c) => joins(c, item, index, window, similar))
    if (home) {
      index.add(home, item, item.day, false)
      home.items.push(item)
      if (item.day !== null) {
        home.first = home.first === null ? item.day : Math.min(home.first, item.day)
        home.last = home.last === null ? item.day : Math.max(home.last, item.day)
      }
      home.entity ??= item.event.actorEntity
      home.recipient ??= item.event.recipient
    } else {
      const created: Cluster = {
        order: clusters.length,
        buckets: new Map(),
        items: [item],
        first: item.day,
        last: item.day,
        entity: item.event.actorEntity,
        recipient: item.event.recipient,
      }
      clusters.push(created)
      index.add(created, item, item.day, true)
    }
  }
  const clusterOf = new Map<string, MentionItem[]>()
  for (const c of clusters) for (const m of c.items) clusterOf.set(m.event.id, c.items)
  for (const item of items)
    if (item.docId !== item.event.doc) clusterOf.get(item.event.id)?.push(item)
  return clusters.map((c) => c.items)
}

/**
 * Mentions grouped so far, with the first actor entity and recipient any of them named and the
 * earliest and latest day of the dated ones (null while none is dated).
 */
interface Cluster extends Bucketed<MentionItem> {
  readonly items: MentionItem[]
  first: number | null
  last: number | null
  entity: string | null
  recipient: string | null
}

/**
 * Whether an item joins a cluster. Never across two actor entities or recipients (so an
 * entity-less mention cannot chain two people's claims), nor when its date would stretch the
 * cluster's dated span beyond the window (an undated mention never does; one member within the
 * window used to be enough, so a claim repeated every few weeks chained into one over years).
 * Then, with both entities known, that is enough; otherwise some member must report the same event.
 */
function joins(
  c: Cluster,
  item: MentionItem,
  index: ClusterIndex<Cluster, MentionItem>,
  windowDays: number,
  similar: (a: MentionItem, b: MentionItem) => boolean,
): boolean {
  const { actorEntity, recipient } = item.event
  if (actorEntity && c.entity && !sameEntity(c.entity, actorEntity)) return false
  if (recipient && c.recipient && c.recipient !== recipient) return false
  const day = item.day
  if (day !== null && c.first !== null && c.last !== null) {
    if (Math.max(c.last, day) - Math.min(c.first, day) > windowDays) return false
  }
  if (actorEntity && c.entity) return true
  for (const m of index.membersNear(c, day))
    if (sameClaim(m, item, windowDays, similar)) return true
  return false
}

/** Whether two mentions of one claim key report the same event (see `buildClaims`). */
function sameClaim(
  a: MentionItem,
  b: MentionItem,
  windowDays: number,
  similar: (a: MentionItem, b: MentionItem) => boolean,
): boolean {
  const [x, y] = [a.event, b.event]
  if (x.type !== y.type || x.actor !== y.actor) return false
  if (x.recipient && y.recipient && x.recipient !== y.recipient) return false
  const [da, db] = [a.day, b.day]
  if (da !== null && db !== null && Math.abs(da - db) > windowDays) return false
  if (x.actorEntity && y.actorEntity) return sameEntity(x.actorEntity, y.actorEntity)
  // Note: a denial rarely repeats the words of what it denies ("called it a fake"); in the same
  // document, the same type by the same actor is enough.
  const denial = stanceOf(x.status) === 'denies' || stanceOf(y.status) === 'denies'
  if (denial && a.docId === b.docId) return true
  return similar(a, b)
}
