import { readFileSync } from 'node:fs'
import type { EventType } from '../../core/model.js'
import { WordGate } from '../shared/word-gate.js'
import { compilePattern, PhraseSet, type IrregularForms, type PatternElem } from './phrases.js'

/** A compiled trigger: a word pattern that codes one PLOVER type and mode. */
export interface TriggerDef {
  readonly elems: readonly PatternElem[]
  readonly type: EventType
  readonly mode: string | null
  /** A nominal ("threat", "visit"): coded only with an agent phrase or a support verb. */
  readonly nominal: boolean
  /** `subject`: the grammatical subject is the target ("they will be next"), the speaker the actor. */
  readonly target: 'object' | 'subject'
  /** Coded only as a stated future action ("would boycott"). */
  readonly intentOnly: boolean
  /** Coded only inside reported speech ("X said Y must …"). */
  readonly speechOnly: boolean
  /** The trigger does not apply when the word before it is one of these. */
  readonly notAfter: ReadonlySet<string> | null
  /** The trigger applies only when the word before it is one of these. */
  readonly onlyAfter: ReadonlySet<string> | null
  /** The trigger does not apply when the word after it is one of these ("demonstrated a …"). */
  readonly notBefore: ReadonlySet<string> | null
  /** The trigger applies only when the word after it is one of these ("demonstrated against"). */
  readonly onlyBefore: ReadonlySet<string> | null
  /** The object must be a named party right after the trigger ("hosted the Japanese premier"). */
  readonly strictObject: boolean
}

/** Every word list the coder uses, compiled once at stage build. */
export interface Lexicon {
  readonly triggers: ReadonlyMap<string, readonly TriggerDef[]>
  /** The keys of `triggers`: most tokens start no trigger, and the gate says so without a probe. */
  readonly triggerWords: WordGate
  readonly alleged: PhraseSet
  /** "reports that …": only what follows the cue is alleged, not the rest of the sentence. */
  readonly allegedContent: PhraseSet
  readonly hypothetical: PhraseSet
  readonly negation: PhraseSet
  readonly denialVerbs: PhraseSet
  readonly denialNouns: PhraseSet
  readonly speechVerbs: PhraseSet
  readonly intent: PhraseSet
  readonly background: ReadonlySet<string>
  readonly fear: ReadonlySet<string>
  readonly habitual: ReadonlySet<string>
  /** Nouns for a state's own people and institutions ("opposition", "police"). */
  readonly domesticGroups: ReadonlySet<string>
  readonly supportVerbs: PhraseSet
  /** Verbs whose subject a nominal names as actors ("protesters gathered", "crowds marched"). */
  readonly actorVerbs: PhraseSet
  readonly receptiveVerbs: PhraseSet
  readonly possessives: ReadonlySet<string>
  /** Objects that make a force verb figurative ("struck a nerve"). */
  readonly figurative: ReadonlySet<string>
  /** Objects that make a force verb criticism ("attacked the plan"). */
  readonly verbalTargets: ReadonlySet<string>
  /** Nouns after a demonym that name an attribute, not a party ("Canadian citizenship"). */
  readonly attributeNouns: ReadonlySet<string>
  /** "pro-Iranian", "Syrian-backed": a hyphenated allegiance, not membership of a state. */
  readonly allegiance: RegExp
  /** "Chinese-built", "Russian-born": where a thing or person comes from, no party at all. */
  readonly origin: RegExp
  /** Nouns after a demonym naming people of that state ("his Togolese counterpart"). */
  readonly officialNouns: ReadonlySet<string>
  readonly participles: ReadonlySet<string>
  readonly typeScores: Readonly<Record<string, number>>
  readonly modeScores: Readonly<Record<string, number>>
}

interface TriggerEntry {
  p: string
  t: EventType
  m: string | null
  pos?: 'v' | 'n'
  target?: 'object' | 'subject'
  intentOnly?: boolean
  speechOnly?: boolean
  notWith?: string
  onlyWith?: string
  notBefore?: string
  onlyBefore?: string
  strictObject?: boolean
}

const NEG_HEADS = new Set(['not', "n't", 'never', 'no'])

const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T

const wordSet = (s: string | undefined): ReadonlySet<string> | null =>
  s ? new Set(s.split('|')) : null

/** Loads and compiles the data files next to this module. Throws at build time if one is broken. */
export function loadLexicon(): Lexicon {
  const irr = readJson<{ forms: Record<string, string[]> }>('irregular.json').forms
  const irregular: IrregularForms = new Map(Object.entries(irr))
  const participles = new Set(Object.values(irr).flat())
  const triggers = new Map<string, TriggerDef[]>()
  const triggerWords = new WordGate()
  for (const e of readJson<{ entries: TriggerEntry[] }>('triggers.json').entries) {
    const elems = compilePattern(e.p, irregular, e.pos === 'n')
    const def: TriggerDef = {
      elems,
      type: e.t,
      mode: e.m,
      nominal: e.pos === 'n',
      target: e.target ?? 'object',
      intentOnly: e.intentOnly ?? false,
      speechOnly: e.speechOnly ?? false,
      notAfter: wordSet(e.notWith),
      onlyAfter: wordSet(e.onlyWith),
      notBefore: wordSet(e.notBefore),
      onlyBefore: wordSet(e.onlyBefore),
      strictObject: e.strictObject ?? false,
    }
    const first = elems[0]
    const heads = first?.kind === 'word' ? first.forms : first?.kind === 'neg' ? NEG_HEADS : null
    if (!heads) throw new Error(`Trigger pattern "${e.p}" must start with a word or NEG.`)
    for (const f of heads) {
      const list = triggers.get(f) ?? []
      list.push(def)
      triggers.set(f, list)
      triggerWords.add(f)
    }
  }
  const cues = readJson<Record<string, string[]>>('cues.json')
  const phrases = (k: string) => new PhraseSet(cues[k] ?? [], irregular)
  const scores = readJson<{ types: Record<string, number>; modes: Record<string, number> }>(
    'scores.json',
  )
  return {
    triggers,
    triggerWords,
    alleged: phrases('alleged'),
    allegedContent: phrases('allegedContent'),
    hypothetical: phrases('hypothetical'),
    negation: phrases('negation'),
    denialVerbs: phrases('denialVerbs'),
    denialNouns: phrases('denialNouns'),
    speechVerbs: phrases('speechVerbs'),
    intent: phrases('intent'),
    background: new Set(cues['background'] ?? []),
    fear: new Set(cues['fear'] ?? []),
    habitual: new Set(cues['habitual'] ?? []),
    domesticGroups: new Set(cues['domesticGroups'] ?? []),
    supportVerbs: phrases('supportVerbs'),
    actorVerbs: phrases('actorVerbs'),
    receptiveVerbs: phrases('receptiveVerbs'),
    possessives: new Set(cues['possessives'] ?? []),
    figurative: new Set(cues['figurative'] ?? []),
    verbalTargets: new Set(cues['verbalTargets'] ?? []),
    attributeNouns: new Set(cues['attributeNouns'] ?? []),
    officialNouns: new Set(cues['officialNouns'] ?? []),
    allegiance: allegianceRegExp(
      cues['allegiancePrefixes'] ?? [],
      cues['allegianceSuffixes'] ?? [],
    ),
    origin: allegianceRegExp([], cues['originSuffixes'] ?? []),
    participles,
    typeScores: scores.types,
    modeScores: scores.modes,
  }
}

// One case-insensitive test for "pro-X", "anti-X" and "X-backed" tokens, built once.
function allegianceRegExp(prefixes: readonly string[], suffixes: readonly string[]): RegExp {
  const alt = (xs: readonly string[]) => xs.map((x) => x.replace(/[^a-z]/g, '')).join('|')
  const pre = prefixes.length ? `(?:${alt(prefixes)})[-‑]|` : ''
  return new RegExp(`^(?:${pre}.+[-‑](?:${alt(suffixes)})$)`, 'iu')
}
