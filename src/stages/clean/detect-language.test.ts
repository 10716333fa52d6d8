import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'
import { cleanArticle } from './index.js'

describe('detectLanguage', () => {
  it.each([
    [
      'English paragraph',
      'The foreign ministry said on Tuesday that it would summon the ambassador over the remarks.',
      'eng',
    ],
    [
      'short English sentence (function words)',
      'Syria said it will not take more refugees.',
      'eng',
    ],
    ['very short English', 'He said no to the plan.', 'eng'],
    [
      'Russian',
      'Министерство иностранных дел заявило, что вызовет посла из-за этих высказываний.',
      'rus',
    ],
    [
      'French',
      "Le ministère des Affaires étrangères a déclaré mardi qu'il convoquerait l'ambassadeur.",
      'fra',
    ],
    [
      'German',
      'Das Außenministerium teilte am Dienstag mit, es werde den Botschafter einbestellen.',
      'deu',
    ],
    ['too short to tell', 'Astana 2024', 'und'],
    ['no letters', '12 34 56', 'und'],
  ])('%s', (_label, text, code) => {
    expect(detectLanguage(text).code).toBe(code)
  })
})

describe('cleanArticle language flag', () => {
  const raw = (content: string, kind: 'text' | 'html') => ({
    uri: `/tmp/page.${kind === 'html' ? 'html' : 'txt'}`,
    file: 'page',
    fetchedAt: '2024-01-01T00:00:00.000Z',
    kind,
    content,
  })
  const russian =
    'Министерство иностранных дел Казахстана заявило во вторник, что вызовет посла для объяснений. Встреча состоится в Астане на следующей неделе, сообщили в ведомстве.'

  it.each([
    ['Russian text page', raw(russian, 'text'), 'rus', true],
    [
      'Russian HTML page',
      raw(`<html><body><article><p>${russian}</p></article></body></html>`, 'html'),
      'rus',
      true,
    ],
    [
      'English text page',
      raw(
        'The ministry said on Tuesday that it would summon the ambassador to explain the remarks.',
        'text',
      ),
      'eng',
      false,
    ],
  ] as const)('%s', (_label, input, language, flagged) => {
    const doc = cleanArticle(input)
    expect(doc.meta.language).toBe(language)
    expect(doc.diagnostics.some((d) => d.ruleId === 'non-english')).toBe(flagged)
  })
})
