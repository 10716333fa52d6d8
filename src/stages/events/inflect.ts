const SIBILANT = /(s|x|z|ch|sh|o)$/
const CONSONANT_Y = /[^aeiou]y$/
// A final consonant after one vowel is often doubled (ban → banned, stop → stopping).
const CVC = /[^aeiou][aeiou]([bdgklmnprt])$/
// British spelling doubles a final -l after any vowel, stressed or not (levelled, fuelled, dialled).
const VOWEL_L = /[aeiou]l$/

/**
 * All regular inflections of an English word used as verb or noun: -s/-es/-ies, -ed/-d/-ied,
 * -ing, with and without a doubled final consonant. Over-generation is harmless: a form that is
 * not a word never occurs in text.
 */
export function inflections(word: string, irregular: readonly string[] = []): string[] {
  const w = word.toLowerCase()
  const forms = new Set<string>([w, ...irregular])
  if (w.includes(' ') || !/^[a-z-]+$/.test(w)) return [...forms]
  if (CONSONANT_Y.test(w)) {
    const stem = w.slice(0, -1)
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${w}ing`)
    return [...forms]
  }
  forms.add(SIBILANT.test(w) ? `${w}es` : `${w}s`)
  if (w.endsWith('e')) {
    forms.add(`${w}d`)
    forms.add(w.endsWith('ee') ? `${w}ing` : `${w.slice(0, -1)}ing`)
    if (w.endsWith('ie')) forms.add(`${w.slice(0, -2)}ying`)
  } else {
    forms.add(`${w}ed`).add(`${w}ing`)
    const cvc = CVC.exec(w)
    if (cvc?.[1]) forms.add(`${w}${cvc[1]}ed`).add(`${w}${cvc[1]}ing`)
    if (VOWEL_L.test(w)) forms.add(`${w}led`).add(`${w}ling`)
  }
  return [...forms]
}

/** True when the token looks like a past participle (used for passive voice). */
export function isParticiple(lower: string, irregularParticiples: ReadonlySet<string>): boolean {
  return lower.endsWith('ed') || lower.endsWith('en') || irregularParticiples.has(lower)
}
