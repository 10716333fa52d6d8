import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Generates varied English news-like pages from the team's own sentence templates, so that many
 * documents can be ingested without the duplicate detector folding them together. Deterministic
 * for a given seed.
 */

/** Small seeded PRNG (mulberry32): the same seed always yields the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const STATES = [
  'Russia',
  'Kazakhstan',
  'Armenia',
  'Azerbaijan',
  'Georgia',
  'Uzbekistan',
  'Kyrgyzstan',
  'Tajikistan',
  'Belarus',
  'Mongolia',
  'China',
  'Turkey',
]
const CITIES = ['Astana', 'Almaty', 'Moscow', 'Yerevan', 'Baku', 'Tbilisi', 'Bishkek', 'Tashkent']
const PEOPLE = [
  'Deputy Foreign Minister Arman Seitkali',
  'General Pavel Dorokhin',
  'the defence ministry spokeswoman Lyudmila Orekhova',
  'MP Daniyar Kassenov',
  'the political scientist Rustem Abdrakhmanov',
  'Ambassador Viktor Lebedintsev',
  'the governor of the region, Serik Nurpeisov',
  'opposition leader Aigerim Tulegenova',
]
const TOPICS = [
  'grain transit',
  'the oil pipeline',
  'border delimitation',
  'the Caspian shipping route',
  'joint air defence',
  'gas prices',
  'the status of the Russian language',
  'migrant workers',
  'water from the shared river',
  'the railway corridor',
]
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September']
const OUTLETS = [
  'Steppe Wire',
  'Caspian Ledger',
  'Northern Courier',
  'Ural Evening',
  'Silk Road Monitor',
]

// {A}/{B}: states, {C}: city, {P}: person, {T}: topic, {M}: month, {D}: day, {N}: number.
const TEMPLATES = [
  '{A} threatened on {D} {M} to cut supplies to {B} unless talks on {T} resumed within {N} days.',
  'Officials in {C} said that {A} had accused {B} of breaking the agreement on {T}.',
  '{P} told reporters in {C} that "nobody intends to give up on {T}, whatever {A} says".',
  'According to {P}, troops from {A} were moved closer to the border with {B} in {M}.',
  '{B} denied reports that it had agreed to host a new base of {A} near {C}.',
  'If the dispute over {T} is not settled, {A} could impose sanctions on {B}, {P} warned.',
  '{A} and {B} signed a memorandum on {T} in {C} on {D} {M}, the foreign ministry said.',
  'The ministry in {C} did not say whether {A} had asked {B} for help with {T}.',
  'Roughly {N} people protested in {C} against the deal between {A} and {B} on {T}.',
  '"We will not accept pressure from {A}," {P} said during a visit to {C}.',
  '{A} offered {B} a loan of {N} million dollars to finance {T}, a source close to the talks said.',
  'Analysts in {C} expect {A} to raise {T} again at the summit planned for {M}.',
  'No agreement on {T} was reached, and the delegation of {B} left {C} early.',
  '{P} alleged that {A} was paying bloggers to spread claims about {T} in {B}.',
  'A spokesman for {B} rejected the demand of {A} as "an interference in our internal affairs".',
  '{A} held military exercises involving {N} soldiers near the border with {B} in {M}.',
  'The talks on {T} will continue in {C} next month, {P} said on {D} {M}.',
  'Trade between {A} and {B} fell by {N} percent after the quarrel over {T}, customs data show.',
  '{B} expelled a diplomat of {A} on {D} {M}, saying he had collected information on {T}.',
  'Local media in {C} reported that {A} had suspended flights to {B} for {N} days.',
  '{P} praised the cooperation between {A} and {B} on {T} as an example for the region.',
  'There is no evidence that {A} plans to attack {B}, {P} told a radio station in {C}.',
  'In a statement issued in {C}, {B} called on {A} to withdraw its demand on {T}.',
  'The court in {C} fined the operator {N} thousand dollars for delays on {T}.',
]

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T

function fill(template: string, rnd: () => number): string {
  const a = pick(rnd, STATES)
  let b = pick(rnd, STATES)
  while (b === a) b = pick(rnd, STATES)
  return template
    .replaceAll('{A}', a)
    .replaceAll('{B}', b)
    .replaceAll('{C}', pick(rnd, CITIES))
    .replaceAll('{P}', pick(rnd, PEOPLE))
    .replaceAll('{T}', pick(rnd, TOPICS))
    .replaceAll('{M}', pick(rnd, MONTHS))
    .replaceAll('{D}', String(1 + Math.floor(rnd() * 28)))
    .replaceAll('{N}', String(2 + Math.floor(rnd() * 90)))
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** One scraped-looking text page: outlet, date line, headline, 5–9 paragraphs of prose. */
export function syntheticArticle(rnd: () => number, n: number): string {
  const paragraphs: string[] = []
  const count = 5 + Math.floor(rnd() * 5)
  for (let i = 0; i < count; i++) {
    const sentences = 2 + Math.floor(rnd() * 2)
    const parts: string[] = []
    for (let j = 0; j < sentences; j++) parts.push(capitalise(fill(pick(rnd, TEMPLATES), rnd)))
    paragraphs.push(parts.join(' '))
  }
  const headline = capitalise(fill('{A} and {B} at odds over {T}', rnd))
  const date = `${1 + Math.floor(rnd() * 28)} ${pick(rnd, MONTHS)} 2024`
  return [pick(rnd, OUTLETS), date, `${headline} (report ${n})`, '', ...paragraphs, ''].join('\n\n')
}

/** Writes `count` synthetic pages (`doc-0000.txt` …) into `dir` and returns their paths. */
export function writeSyntheticCorpus(dir: string, count: number, seed = 9): string[] {
  mkdirSync(dir, { recursive: true })
  const rnd = seededRandom(seed)
  const paths: string[] = []
  for (let i = 0; i < count; i++) {
    const path = join(dir, `doc-${String(i).padStart(4, '0')}.txt`)
    writeFileSync(path, syntheticArticle(rnd, i))
    paths.push(path)
  }
  return paths
}
