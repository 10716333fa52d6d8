/**
 * Yields `source`'s items in order while keeping up to `depth` further items being read. Reading a
 * file takes several round trips to the I/O thread pool (stat, open, read, close); a consumer that
 * asks for the next item only when done with the last left the main thread idle for each of them
 * (about 7% of a serial ingest).
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]()
  // An async generator queues overlapping next() calls and settles them in order, so asking
  // ahead is safe; `done` results repeat once the source ends.
  const queue: Array<Promise<IteratorResult<T>>> = []
  let finished = false
  try {
    const fill = (n: number): void => {
      while (queue.length < n) {
        const next = it.next()
        // Awaited below in order; this only keeps a later rejection from being reported as
        // unhandled while an earlier item is still being consumed.
        next.catch(() => undefined)
        queue.push(next)
      }
    }
    for (;;) {
      fill(1)
      const head = queue.shift() as Promise<IteratorResult<T>>
      // Asked before yielding: the generator is suspended while the consumer holds the item.
      fill(Math.max(0, depth))
      const result = await head
      if (result.done) {
        finished = true
        return
      }
      yield result.value
    }
  } finally {
    if (!finished) await it.return?.()
  }
}
