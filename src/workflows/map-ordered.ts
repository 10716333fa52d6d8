/**
 * Maps `source` through the async `fn` with at most `window` calls in flight and yields results
 * in input order. The source is read only as the window frees up, so memory stays bounded by
 * `window` whatever the corpus size. `fn` must not reject (wrap failures in its result).
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]()
  const pending: Array<Promise<R>> = []
  let exhausted = false
  try {
    for (;;) {
      while (!exhausted && pending.length < Math.max(1, window)) {
        const next = await it.next()
        if (next.done) exhausted = true
        else pending.push(fn(next.value))
      }
      const head = pending.shift()
      if (!head) return
      yield await head
    }
  } finally {
    if (!exhausted) await it.return?.()
  }
}
