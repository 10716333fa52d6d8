import { describe, expect, it } from 'vitest'
import type { Doc } from './doc.js'
import { isAppError } from './errors.js'
import { definePipeline, isFailed, type AnyStage } from './pipeline.js'

const doc = (): Doc => ({
  id: 'x',
  source: { uri: 'a.txt', file: 'a.txt', fetchedAt: '2024-01-01T00:00:00Z', kind: 'text' },
  text: 'Hello world.',
  meta: { title: null, published: null, authors: [], publisher: null, language: 'eng', url: null, origin: null },
  data: {},
  diagnostics: [],
})
const stage = (name: string, needs: string[], run: AnyStage['run'] = () => name): AnyStage => ({ name, needs, run })

describe('definePipeline', () => {
  it('throws STAGE_ORDER at build time when a stage needs a later or missing result', () => {
    let error: unknown
    try {
      definePipeline([stage('b', ['a']), stage('a', [])])
    } catch (e) {
      error = e
    }
    expect(isAppError(error) && error.code).toBe('STAGE_ORDER')
    expect(String((error as Error).message)).toContain('"b" needs "a"')
  })

  it('runs stages in order and gives each the results it needs', () => {
    const seen: unknown[] = []
    const p = definePipeline([stage('a', []), stage('b', ['a'], (input) => (seen.push(input), 'B'))])
    const out = p.run(doc())
    expect(seen).toEqual([{ a: 'a' }])
    expect(out.data).toEqual({ a: 'a', b: 'B' })
    expect(Object.isFrozen(p.stages)).toBe(true)
  })

  it('turns a throwing stage into a fatal diagnostic for that document only', () => {
    const p = definePipeline([stage('a', [], () => { throw new Error('boom') }), stage('b', [])])
    const out = p.run(doc())
    expect(isFailed(out)).toBe(true)
    expect(out.diagnostics[0]).toMatchObject({ severity: 'fatal', stage: 'a', ruleId: 'stage-failed' })
    expect('b' in out.data).toBe(false)
  })
})
