// Bundles the dashboard (src/interfaces/web) with esbuild into one folder the HTTP app serves:
// index.html, app.js, app.css. Run directly to build into src/interfaces/web/dist (gitignored);
// scripts/build.mjs calls buildWeb() to build into dist/interfaces/web/dist.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const web = join(root, 'src/interfaces/web')

/** Builds the dashboard into `outdir` (emptied first). */
export async function buildWeb(outdir = join(web, 'dist')) {
  rmSync(outdir, { recursive: true, force: true })
  mkdirSync(outdir, { recursive: true })
  await build({
    entryPoints: { app: join(web, 'main.ts') },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  })
  copyFileSync(join(web, 'index.html'), join(outdir, 'index.html'))
  return outdir
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWeb(process.argv[2])
