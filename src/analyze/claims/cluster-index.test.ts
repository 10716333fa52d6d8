import { describe, expect, test } from 'vitest'
import { ClusterIndex, type Bucketed } from './cluster-index.js'

interface C extends Bucketed<number | null> {
  readonly name: string
}
const cluster = (order: number, name: string): C => ({ order, name, buckets: new Map() })

describe('ClusterIndex', () => {
  // Clusters: a has days 0 and 200, b day 100, c undated, d day 47.
  const index = new ClusterIndex<C, number | null>(45)
  const [a, b, c, d] = [cluster(0, 'a'), cluster(1, 'b'), cluster(2, 'c'), cluster(3, 'd')]
  index.add(a, 0, 0, true)
  index.add(b, 100, 100, true)
  index.add(c, null, null, true)
  index.add(d, 47, 47, true)
  index.add(a, 200, 200, false)

  const cases: Array<[string, number | null, string[]]> = [
    ['day 10 meets a (day 0), d (47) and the undated c', 10, ['a', 'c', 'd']],
    ['day 150 meets b (100), a (200) and c', 150, ['a', 'b', 'c']],
    ['day 400 meets only the undated c', 400, ['c']],
    ['no date meets every cluster', null, ['a', 'b', 'c', 'd']],
  ]
  test.each(cases)('%s', (_label, day, expected) => {
    const near = index.near(day).map((x) => x.name)
    // A superset of the clusters with a member within 45 days, in creation order.
    expect(near).toEqual(expect.arrayContaining(expected))
    expect(near).toEqual([...near].sort((x, y) => 'abcd'.indexOf(x) - 'abcd'.indexOf(y)))
  })

  test('members near a day include every member within the window', () => {
    expect([...index.membersNear(a, 190)]).toContain(200)
    expect([...index.membersNear(a, 10)]).toContain(0)
    expect([...index.membersNear(a, null)].sort()).toEqual([0, 200])
  })
})
