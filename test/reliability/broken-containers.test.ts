import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seededRandom, syntheticArticle } from '../helpers/synthetic-corpus.js'
import {
  expectNoInternalError,
  expectReported,
  ingestBatch,
  reportsFor,
  storedText,
  tempDir,
  writeControl,
} from './ingest-batch.js'

// Issue #9: a feed or JSON Lines file with broken entries stores its good entries and reports
// each bad one with its position and a reason.
const FIXTURES = new URL('../fixtures/broken/', import.meta.url).pathname

function copyFixture(dir: string, name: string): string {
  copyFileSync(join(FIXTURES, name), join(dir, name))
  return join(dir, name)
}

describe('JSON Lines with bad lines', () => {
  it('stores the good records and names every bad line by number', async () => {
    const dir = tempDir()
    const control = writeControl(dir)
    const jsonl = copyFixture(dir, 'bad-lines.jsonl')
    const res = await ingestBatch([control, jsonl])
    expectNoInternalError(res)
    expect(storedText(res, control)).toBeDefined()
    expect(res.texts.get(`${jsonl}:1`)).toMatch(/passed next year's budget/)
    expect(res.texts.get(`${jsonl}:8`)).toMatch(/Lake Sevan rose by eleven centimetres/)
    expectReported(res, jsonl)
    // Line 6 is blank: skipped silently. Every other line is a broken record.
    const lines = reportsFor(res, jsonl)
      .map((r) => Number(/:(\d+)$/.exec(r.uri)?.[1]))
      .sort((a, b) => a - b)
    expect(lines).toEqual([2, 3, 4, 5, 7, 9])
    for (const n of [2, 3, 4, 5, 7, 9])
      expect(res.err.some((l) => l.includes(`bad-lines.jsonl:${n}`))).toBe(true)
  })

  it('a JSON file that is not JSON is reported by name', async () => {
    const dir = tempDir()
    const control = writeControl(dir)
    const bad = join(dir, 'export.json')
    writeFileSync(bad, '[{"text": "an export cut off in the middle", "title": ')
    const res = await ingestBatch([control, bad])
    expect(storedText(res, control)).toBeDefined()
    expectReported(res, bad)
  })
})

describe('RSS feed with broken entries', () => {
  it('stores the readable items, reports the broken ones, and drops none silently', async () => {
    const dir = tempDir()
    const control = writeControl(dir)
    const feed = copyFixture(dir, 'broken-feed.xml')
    const res = await ingestBatch([control, feed])
    expectNoInternalError(res)
    expect(storedText(res, control)).toBeDefined()
    const texts = [...res.texts.values()]
    expect(texts.some((t) => t.includes('second ferry began sailing'))).toBe(true)
    // An unparseable date loses the date, not the item.
    expect(texts.some((t) => t.includes('fishing quotas ended in Ashgabat'))).toBe(true)
    expectReported(res, feed)
    // Items 2, 3 and 5 are empty, teaser-only or garbled; item 6 has a link and a summary only,
    // so it is stored from its summary or reported, but never dropped without a word.
    const khorgos = 'https://caspian-ledger.example/2024/05/khorgos-queue'
    const reported = res.reported.filter((r) => r.uri.startsWith(feed) || r.uri === khorgos)
    expect(res.texts.size - 1 + new Set(reported.map((r) => r.uri)).size, res.err.join('\n')).toBe(
      6,
    )
  })

  it('a feed cut off in the middle is salvaged or reported, never silently dropped', async () => {
    const dir = tempDir()
    const control = writeControl(dir)
    const feed = copyFixture(dir, 'truncated-feed.xml')
    const res = await ingestBatch([control, feed])
    expectNoInternalError(res)
    expect(storedText(res, control)).toBeDefined()
    if (res.texts.size === 1) expectReported(res, feed)
    else expect([...res.texts.values()].some((t) => t.includes('second ferry'))).toBe(true)
  })

  it('an Atom feed whose entries have no content and no link reports each entry', async () => {
    const dir = tempDir()
    const control = writeControl(dir)
    const feed = join(dir, 'empty-entries.atom')
    const body = syntheticArticle(seededRandom(5), 5).replace(/&/g, '&amp;').replace(/</g, '&lt;')
    writeFileSync(
      feed,
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ural Evening</title>` +
        `<entry><title>Nothing here</title></entry><entry><title></title><content type="html"></content></entry>` +
        `<entry><title>Good entry</title><content type="text">${body}</content></entry></feed>`,
    )
    const res = await ingestBatch([control, feed])
    expectNoInternalError(res)
    expect(res.texts.size).toBe(2)
    expectReported(res, feed)
    expect(reportsFor(res, feed)).toHaveLength(2)
  })
})
