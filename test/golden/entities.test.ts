import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Doc } from '../../src/core/doc.js'
import { definePipeline } from '../../src/core/pipeline.js'
import { cleanArticle } from '../../src/stages/clean/index.js'
import { entities } from '../../src/stages/entities/index.js'
import { EntityRegistry } from '../../src/stages/entities/registry.js'
import { sentences } from '../../src/stages/sentences/index.js'

// Golden cases for the entity stage: pages the team wrote (test/golden/entities-<slug>/source.txt)
// and the entities and mentions they must give (expected.json). UPDATE_GOLDEN=1 rewrites the
// expected files; review the diff like code.
const root = new URL('./', import.meta.url)
const cases = readdirSync(root).filter(
  (d) => d.startsWith('entities-') && existsSync(new URL(`${d}/source.txt`, root)),
)
const pipeline = definePipeline([sentences(), entities()])
const update = process.env['UPDATE_GOLDEN'] === '1'

const process1 = (slug: string): Doc =>
  pipeline.run(
    cleanArticle({
      uri: `${slug}/source.txt`,
      file: 'source.txt',
      fetchedAt: '2025-03-15T00:00:00Z',
      kind: 'text',
      content: readFileSync(new URL(`${slug}/source.txt`, root), 'utf8'),
    }),
  )

const view = (doc: Doc) => {
  const data = doc.data.entities
  if (!data) throw new Error('no entities')
  const byId = new Map(data.entities.map((e) => [e.id, e]))
  return {
    entities: data.entities
      .map((e) => ({
        type: e.type,
        name: e.name,
        country: e.country,
        sector: e.sector,
        aliases: [...e.aliases].sort(),
      }))
      .sort((a, b) => `${a.type}${a.name}`.localeCompare(`${b.type}${b.name}`)),
    mentions: data.mentions.map(
      (m) => `${m.text} → ${byId.get(m.entity)?.name ?? '?'} (${m.kind})`,
    ),
  }
}

const check = (file: URL, actual: unknown) => {
  if (update || !existsSync(file)) writeFileSync(file, JSON.stringify(actual, null, 1) + '\n')
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
}

describe('entity golden cases', () => {
  it.each(cases)('%s', (slug) => {
    const doc = process1(slug)
    const data = doc.data.entities
    expect(data).toBeDefined()
    let end = 0
    for (const m of data?.mentions ?? []) {
      expect(m.span.start).toBeGreaterThanOrEqual(end)
      expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text)
      end = m.span.end
    }
    check(new URL(`${slug}/expected.json`, root), view(doc))
  })

  it('resolves people across the pages (spellings, Cyrillic, surname only)', () => {
    const reg = new EntityRegistry()
    for (const slug of cases) reg.add(process1(slug).data.entities?.entities ?? [])
    const people = reg
      .all()
      .filter((e) => e.type === 'PERSON')
      .map((e) => ({ id: e.id, country: e.country, aliases: [...e.aliases].sort() }))
    check(new URL('corpus-entities.expected.json', root), people)
  })
})
