import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { AppError, reasonOf } from '../../core/errors.js'
import { watchSchema, type Watch } from './watch-schema.js'

const BUILT_IN = new URL('./data/', import.meta.url)

/** Ids of the watches shipped with forewarn (`data/<id>.yaml`), sorted. */
export function listWatches(): string[] {
  return readdirSync(BUILT_IN)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => f.replace(/\.(ya?ml|json)$/, ''))
    .sort()
}

/**
 * Parses and validates the text of a watch file (YAML, which includes JSON). Throws
 * `CONFIG_INVALID` naming `name` and the first problem with its path.
 */
export function parseWatch(text: string, name: string): Watch {
  let raw: unknown
  try {
    raw = parseYaml(text)
  } catch (e) {
    throw new AppError('CONFIG_INVALID', { file: name, problem: reasonOf(e) }, { cause: e })
  }
  const result = watchSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    throw new AppError('CONFIG_INVALID', {
      file: name,
      problem: `${where}${issue?.message ?? 'invalid'}`,
    })
  }
  return result.data
}

/**
 * Loads a watch by built-in id (`rus-kaz`) or from a YAML/JSON file path. An unknown id throws
 * `CONFIG_INVALID` that names it and lists the built-in watches.
 */
export function loadWatch(idOrFile: string): Watch {
  const looksLikePath = /[/\\]|\.(ya?ml|json)$/i.test(idOrFile)
  if (looksLikePath && existsSync(idOrFile))
    return parseWatch(readFileSync(idOrFile, 'utf8'), idOrFile)
  const builtIn = listWatches().includes(idOrFile)
    ? readdirSync(BUILT_IN).find((f) => f.replace(/\.(ya?ml|json)$/, '') === idOrFile)
    : undefined
  if (!builtIn)
    throw new AppError('CONFIG_INVALID', {
      file: `watch "${idOrFile}"`,
      problem: `${looksLikePath ? 'no such file, and ' : ''}no built-in watch has this id. Available watches: ${listWatches().join(', ') || '(none)'}; or give the path of a YAML or JSON watch file`,
    })
  return parseWatch(readFileSync(new URL(builtIn, BUILT_IN), 'utf8'), `watch "${idOrFile}"`)
}
