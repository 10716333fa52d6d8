/** Bucket key of undated members (Map keys compare NaN equal to itself). */
const UNDATED = Number.NaN

/** A group of dated members, bucketed by day so that members near a date are found directly. */
export interface Bucketed<M> {
  /** Creation rank: candidates come back in this order. */
  readonly order: number
  /** Members by bucket (`UNDATED` for members without a date). */
  readonly buckets: Map<number, M[]>
}

/**
 * Where the clusters of one (type, actor) key can be found by date, so that an incoming mention is
 * compared only with clusters that have a member inside its time window (or an undated one), not
 * with every cluster of the corpus. Buckets are `windowDays` wide, so ±windowDays touches at most
 * three of them. Exact: `near` returns a superset of the clusters with a member within the window,
 * in creation order, so the first one that joins is the one a full scan would find.
 */
export class ClusterIndex<C extends Bucketed<M>, M> {
  private readonly all: C[] = []
  private readonly buckets = new Map<number, C[]>()
  private readonly width: number
  private readonly windowDays: number

  constructor(windowDays: number) {
    this.windowDays = windowDays
    // A window under a day or an infinite one cannot be bucketed by its own width.
    this.width = windowDays >= 1 && Number.isFinite(windowDays) ? windowDays : 1
  }

  /** Adds a member dated `day` (null: undated) to `cluster`, registering a new cluster first. */
  add(cluster: C, member: M, day: number | null, isNew: boolean): void {
    if (isNew) this.all.push(cluster)
    const key = this.keyOf(day)
    let members = cluster.buckets.get(key)
    if (!members) {
      cluster.buckets.set(key, (members = []))
      let list = this.buckets.get(key)
      if (!list) this.buckets.set(key, (list = []))
      list.push(cluster)
    }
    members.push(member)
  }

  /** Clusters that may have a member within the window of `day`, in creation order. */
  near(day: number | null): readonly C[] {
    if (day === null || !Number.isFinite(this.windowDays)) return this.all
    const seen = new Set<C>(this.buckets.get(UNDATED))
    for (const key of this.keysNear(day)) for (const c of this.buckets.get(key) ?? []) seen.add(c)
    return [...seen].sort((a, b) => a.order - b.order)
  }

  /** Members of `cluster` that may lie within the window of `day` (all of them for no date). */
  *membersNear(cluster: C, day: number | null): Iterable<M> {
    if (day === null || !Number.isFinite(this.windowDays)) {
      for (const list of cluster.buckets.values()) yield* list
      return
    }
    yield* cluster.buckets.get(UNDATED) ?? []
    for (const key of this.keysNear(day)) yield* cluster.buckets.get(key) ?? []
  }

  private keyOf(day: number | null): number {
    return day === null ? UNDATED : Math.floor(day / this.width)
  }

  private keysNear(day: number): number[] {
    const keys: number[] = []
    const hi = Math.floor((day + this.windowDays) / this.width)
    for (let b = Math.floor((day - this.windowDays) / this.width); b <= hi; b++) keys.push(b)
    return keys
  }
}
