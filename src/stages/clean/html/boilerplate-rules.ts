import { readFileSync } from 'node:fs'

/** Compiled signals of page furniture (see `data/boilerplate.json`). */
export interface BoilerplateRules {
  /** Class/id tokens of containers that hold furniture, not article text. */
  readonly noiseTokens: ReadonlySet<string>
  /** Tokens whose elements are removed before Readability scores the page, when they are small. */
  readonly preCleanTokens: ReadonlySet<string>
  /** Wording of prompts, credits and notices (tested on short blocks only). */
  readonly prompt: RegExp
  /** Date stamps and bylines (tested on short blocks only). */
  readonly stamp: RegExp
}

interface RulesFile {
  readonly noiseClassTokens: readonly string[]
  readonly preCleanTokens: readonly string[]
  readonly promptPatterns: readonly string[]
  readonly stampPatterns: readonly string[]
}

let cached: BoilerplateRules | undefined

/** Loads and compiles the boilerplate rules once per process; a malformed file throws at start. */
export function boilerplateRules(): BoilerplateRules {
  if (cached) return cached
  const file = JSON.parse(
    readFileSync(new URL('./data/boilerplate.json', import.meta.url), 'utf8'),
  ) as RulesFile
  const join = (xs: readonly string[]): RegExp =>
    new RegExp(xs.map((x) => `(?:${x})`).join('|'), 'iu')
  cached = {
    noiseTokens: new Set(file.noiseClassTokens),
    preCleanTokens: new Set(file.preCleanTokens),
    prompt: join(file.promptPatterns),
    stamp: join(file.stampPatterns),
  }
  return cached
}
