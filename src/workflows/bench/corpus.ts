import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { cleanArticle } from '../../stages/clean/index.js'
import { seededRandom as seeded } from '../../core/seeded-random.js'

/** Lists that vary the generated documents (see data/substitutes.json). */
interface Substitutes {
  readonly people: readonly string[]
  readonly roles: readonly string[]
  readonly states: readonly string[]
  readonly cities: readonly string[]
  readonly outlets: readonly string[]
  readonly topics: readonly string[]
  readonly months: readonly string[]
  readonly templates: readonly string[]
  readonly boilerplate: readonly string[]
}

/** Options for `writeBenchCorpus`. */
export interface BenchCorpusOptions {
  /** Documents to write. */
  readonly docs: number
  /** Seed of the generator: the same seed and sources give the same corpus. @default 8 */
  readonly seed?: number
  /** Share of documents written as HTML pages instead of text pages. @default 0.25 */
  readonly htmlShare?: number
  /** Folder of example pages whose sentences are recombined. @default the project's examples/ */
  readonly examplesDir?: string
}

/** The project's own example corpus (team-written pages). */
export const EXAMPLES_DIR = new URL('../../../examples/', import.meta.url)

const SUBSTITUTES = JSON.parse(
  readFileSync(new URL('./data/substitutes.json', import.meta.url), 'utf8'),
) as Substitutes

/** Sentences of the example pages, after cleaning (so boilerplate is not recombined). */
export function exampleSentences(dir: string | URL = EXAMPLES_DIR): string[] {
  const path = typeof dir === 'string' ? dir : dir.pathname
  const out: string[] = []
  for (const name of readdirSync(path).sort()) {
    const ext = extname(name).toLowerCase()
    if (!['.txt', '.html', '.htm'].includes(ext) || /^readme/i.test(name)) continue
    const content = readFileSync(join(path, name), 'utf8')
    const doc = cleanArticle({
      uri: name,
      file: basename(name),
      fetchedAt: '2024-01-01T00:00:00.000Z',
      kind: ext === '.txt' ? 'text' : 'html',
      content,
    })
    for (const s of doc.text.split(/(?<=[.!?\u201d"])\s+(?=[A-Z\u201c"])/))
      if (s.length > 40 && /[.!?\u201d"]$/.test(s.trim())) out.push(s.replace(/\s+/g, ' ').trim())
  }
  return out
}

/**
 * Writes `docs` distinct news pages into `dir` (`000001.txt`, `000002.html`, …), each made of
 * 20-40 sentences drawn from across the example pages, with numbers, months and years replaced
 * and invented people, places and dates added, wrapped in a page's usual boilerplate. Sentence-level
 * recombination keeps any two documents far below the near-duplicate threshold. Returns the bytes
 * written.
 */
export function writeBenchCorpus(dir: string, options: BenchCorpusOptions): number {
  const rnd = seeded(options.seed ?? 8)
  const pool = exampleSentences(options.examplesDir ?? EXAMPLES_DIR)
  if (!pool.length) throw new Error('no example sentences to build the benchmark corpus from')
  const s = SUBSTITUTES
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const fill = (t: string): string =>
    t.replace(/\{([A-Z])\}/g, (_, k: string) => {
      switch (k) {
        case 'P':
          return pick(s.people)
        case 'R':
          return pick(s.roles)
        case 'A':
        case 'B':
          return pick(s.states)
        case 'C':
          return pick(s.cities)
        case 'T':
          return pick(s.topics)
        case 'M':
          return pick(s.months)
        case 'D':
          return String(1 + Math.floor(rnd() * 28))
        case 'N':
          return String(2 + Math.floor(rnd() * 900))
        case 'O':
          return pick(s.outlets)
        default:
          return k
      }
    })
  const vary = (sentence: string): string =>
    sentence
      .replace(/\b(19|20)\d\d\b/g, () => String(1995 + Math.floor(rnd() * 31)))
      .replace(/\b\d{1,2}\b/g, () => String(1 + Math.floor(rnd() * 28)))
      .replace(/\b\d{3}\b/g, () => String(100 + Math.floor(rnd() * 900)))
      .replace(new RegExp(`\\b(${s.months.join('|')})\\b`, 'g'), () => pick(s.months))
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  for (let i = 1; i <= options.docs; i++) {
    const paragraphs: string[] = []
    const count = 20 + Math.floor(rnd() * 21)
    let para: string[] = []
    for (let k = 0; k < count; k++) {
      para.push(rnd() < 0.2 ? fill(pick(s.templates)) : vary(pick(pool)))
      if (para.length >= 2 + Math.floor(rnd() * 3)) {
        paragraphs.push(para.join(' '))
        para = []
      }
    }
    if (para.length) paragraphs.push(para.join(' '))
    const title = fill(`{A} and {B} at odds over {T} (${i})`)
    const date = `${1 + Math.floor(rnd() * 28)} ${pick(s.months)} ${2019 + Math.floor(rnd() * 7)}`
    const byline = `By ${pick(s.people)}, ${pick(s.outlets)}`
    const extra = [fill(pick(s.boilerplate)), fill(pick(s.boilerplate))]
    const html = rnd() < (options.htmlShare ?? 0.25)
    const page = html
      ? htmlPage(title, date, byline, paragraphs, extra)
      : textPage(title, date, byline, paragraphs, extra)
    const file = join(dir, `${String(i).padStart(6, '0')}.${html ? 'html' : 'txt'}`)
    writeFileSync(file, page)
    bytes += Buffer.byteLength(page)
  }
  return bytes
}

function textPage(
  title: string,
  date: string,
  byline: string,
  paragraphs: string[],
  extra: string[],
): string {
  return [title, date, byline, ...paragraphs, ...extra].join('\n\n') + '\n'
}

const esc = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function htmlPage(
  title: string,
  date: string,
  byline: string,
  paragraphs: string[],
  extra: string[],
): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav>
<article><h1>${esc(title)}</h1><p class="byline">${esc(byline)}</p><time>${esc(date)}</time>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside>${extra.map((e) => `<p>${esc(e)}</p>`).join('')}</aside><footer>© ${esc(byline.split(', ')[1] ?? '')}</footer>
</body></html>
`
}
