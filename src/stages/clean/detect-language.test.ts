import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'

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
