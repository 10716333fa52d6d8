// Transpiles src/ to dist/ file by file (no bundling) and copies data files next to the code,
// so `new URL('./data/x.json', import.meta.url)` works the same in src/ and dist/.
import { build } from 'esbuild'
import { cpSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { buildWeb } from './build-web.mjs'

const walk = (dir) => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n)
  return statSync(p).isDirectory() ? walk(p) : [p]
})
// Build beside dist/ and swap it in, so a run that is using dist/ meanwhile never sees it half-written.
const out = `dist.tmp-${process.pid}`
const files = walk('src')
const entryPoints = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('/web/'))
await build({ entryPoints, outdir: out, outbase: 'src', format: 'esm', platform: 'node', target: 'node20',
  // Node has had \p{…} in regexes since v10; without this esbuild lowers each such literal to a
  // `new RegExp` built on every call (about 90 per document in the stages, issue #8).
  supported: { 'regexp-unicode-property-escapes': true }, sourcemap: true, logLevel: 'warning' })
for (const f of files) {
  if (f.endsWith('.ts')) continue
  if (f.includes('/web/')) continue
  cpSync(f, f.replace(/^src/, out))
}
await buildWeb(join(out, 'interfaces/web/dist')) // the dashboard bundle `forewarn serve` serves
rmSync('dist', { recursive: true, force: true })
renameSync(out, 'dist')
