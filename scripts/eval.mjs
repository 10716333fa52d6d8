// `npm run eval`: runs `forewarn extract --format eval` over the dev sets in ../shared and prints
// the referees' scores. It runs the sources through tsx, so it never depends on a stale dist/. Skips with a message where ../shared is absent.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const shared = process.env.FOREWARN_SHARED ?? '../shared'
if (!existsSync(join(shared, 'eval'))) {
  console.log(`eval: ${shared}/eval not found; skipping (clone the shared data beside the project to evaluate).`)
  process.exit(0)
}
mkdirSync('.eval', { recursive: true })
const extract = (input) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/interfaces/cli/bin.ts', 'extract', input, '--format', 'eval'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
const score = (args) => execFileSync(process.execPath, args, { encoding: 'utf8' }).trimEnd()
const sets = [
  ['seeds', join(shared, 'corpus/seeds'), ['eval/score.mjs', '--gold', 'eval/seeds.gold.json']],
  ['plover-dev', join(shared, 'eval/plover-dev'), ['eval/score.mjs', '--gold', 'eval/plover-dev.gold.json']],
  ['extraction-dev', join(shared, 'eval/extraction-dev/html'), ['eval/extraction-score.mjs', '--truth', 'eval/extraction-dev/ground-truth.json']],
]
const verbose = process.argv.includes('--verbose')
for (const [name, input, [script, flag, gold]] of sets) {
  const pred = join('.eval', `${name}.jsonl`)
  writeFileSync(pred, extract(input))
  const args = [join(shared, script), flag, join(shared, gold), '--pred', pred]
  if (verbose && name !== 'extraction-dev') args.push('--verbose')
  console.log(`== ${name} ==`)
  console.log(score(args))
}
