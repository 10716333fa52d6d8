import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/** The tokenizer baseline: wink-nlp's `readDoc` (its default pipeline) with tokens out. */
export type Tokenize = (content: string, kind: 'text' | 'html') => number

/**
 * Builds the baseline tokenizer. HTML pages lose their tags with one regular expression first
 * (negligible next to readDoc), so wink reads the page's words, not its markup.
 */
export function winkTokenizer(): Tokenize {
  const nlp = winkNLP(model)
  return (content, kind) => {
    const text = kind === 'html' ? content.replace(/<[^>]*>/g, ' ') : content
    return nlp.readDoc(text).tokens().out().length
  }
}
