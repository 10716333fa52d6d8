import fc from 'fast-check'

/**
 * Text generators for property tests: arbitrary Unicode, punctuation-heavy noise that stresses
 * sentence and quote boundaries, and shuffled English news sentences written by the team.
 */

/** Any code points, lone surrogates included (real scraped text contains them). */
export const anyUnicode = fc.string({ unit: 'binary', maxLength: 300 })

// Pieces that sit on the edges of the splitter, quote finder and entity matcher.
const TRICKY = [
  '.',
  '. ',
  '!',
  '?',
  '…',
  '...',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '(',
  ')',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u200b',
  '\u0301',
  '😀',
  '\ud800',
  'A',
  'a',
  'Mr.',
  'U.S.',
  'Gen.',
  'J.',
  '1',
  '2024',
  ', ',
  ': ',
  'said',
  ' said ',
  'according to',
  'Russia',
  'Kazakhstan',
  'the Russian Federation',
  'Astana',
  'Tokayev',
  'threatened',
  'denied',
  'not',
  'would',
]

/** Strings built from boundary-heavy pieces. */
export const trickyText = fc
  .array(fc.constantFrom(...TRICKY), { maxLength: 80 })
  .map((parts) => parts.join(''))

// Sentences of the kind the stages look for: statuses, quotes, titles, dates, spellings.
const SENTENCES = [
  'Russia threatened on Monday to halt oil transit through its ports unless Kazakhstan paid the fees.',
  'Kazakhstan denied that it had agreed to supply weapons to either side.',
  '“We will not be pressured,” Foreign Minister Murat Nurtleu told reporters in Astana.',
  'According to the governor, Russian troops were seen near the border on 3 May.',
  'If the talks fail, Moscow could impose new restrictions on Kazakh grain, an analyst said.',
  'President Kassym-Jomart Tokayev met Vladimir Putin in Moscow on 12 October 2023.',
  'Tokaev did not attend the summit of the CSTO in Minsk.',
  'The Duma deputy said Kazakhstan "could be next" after Ukraine.',
  'Armenia froze its participation in the CSTO, Prime Minister Nikol Pashinyan said.',
  'Azerbaijan and Armenia exchanged fire overnight, each blaming the other.',
  'Mr. Smith, a U.S. diplomat, said the E.U. would respond.',
  'The report was not confirmed by the ministry.',
  'Officials in Astana said talks with Moscow would continue next month.',
  'The court fined the consortium 5 billion tenge on Friday.',
  'He called the voice message a fake made with a neural network.',
  'Share this article',
  'Read more:',
  '',
]

/** Random mixes of well-formed English news sentences with random separators. */
export const englishMix = fc
  .array(
    fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(' ', ' ', '  ', '\n', '\n\n', '')),
    { maxLength: 25 },
  )
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''))

/** Either kind of text, so one property covers noise and prose. */
export const anyText = fc.oneof(anyUnicode, trickyText, englishMix)
