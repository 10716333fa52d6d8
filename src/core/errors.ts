/**
 * The one catalogue of errors a user can see. Exit codes follow sysexits.h; HTTP statuses are what
 * the API answers. `docs/errors.md` is generated from this table (`npm run errors:doc`).
 */
const catalog = {
  USAGE: {
    status: 400,
    exit: 64,
    message: (p: { problem: string; hint: string }) => `${p.problem}. ${p.hint}`,
  },
  BAD_REQUEST: {
    status: 400,
    exit: 64,
    message: (p: { field: string; problem: string }) => `Invalid ${p.field}: ${p.problem}.`,
  },
  NOT_FOUND: {
    status: 404,
    exit: 66,
    message: (p: { what: string; id: string }) => `No ${p.what} "${p.id}" in this store.`,
  },
  SOURCE_NOT_FOUND: {
    status: 404,
    exit: 66,
    message: (p: { path: string }) =>
      `${p.path} does not exist. Give a file, a directory, a URL or "-" for stdin.`,
  },
  SOURCE_UNREADABLE: {
    status: 422,
    exit: 74,
    message: (p: { path: string; reason: string }) => `Could not read ${p.path}: ${p.reason}.`,
  },
  SOURCE_UNREACHABLE: {
    status: 502,
    exit: 69,
    message: (p: { url: string; reason: string }) =>
      `Could not fetch ${p.url}: ${p.reason}. Check the address, or retry later.`,
  },
  PRIVATE_ADDRESS: {
    status: 403,
    exit: 77,
    // The hint depends on who asked: the CLI can allow private addresses, the HTTP API never does.
    message: (p: { url: string; address: string; hint?: string }) =>
      `${p.url} resolves to the private or loopback address ${p.address}; refused. ${p.hint ?? 'Pass --allow-private to fetch it anyway.'}`,
  },
  TOO_LARGE: {
    status: 413,
    exit: 65,
    message: (p: { path: string; bytes: number; maxBytes: number }) =>
      `${p.path} is ${p.bytes} bytes, over the limit of ${p.maxBytes}. Raise --max-bytes to read it.`,
  },
  UNSUPPORTED_TYPE: {
    status: 415,
    exit: 65,
    message: (p: { path: string; type: string }) =>
      `${p.path} is ${p.type}, which forewarn cannot read. Give text, HTML, JSON Lines or an RSS/Atom feed.`,
  },
  NOT_AN_ARTICLE: {
    status: 422,
    exit: 65,
    message: (p: { path: string; chars: number }) =>
      `${p.path} has only ${p.chars} characters of body text; it does not look like an article.`,
  },
  BAD_RECORD: {
    status: 422,
    exit: 65,
    message: (p: { path: string; line: number; reason: string }) =>
      `${p.path}:${p.line}: ${p.reason}.`,
  },
  STAGE_ORDER: {
    status: 500,
    exit: 78,
    message: (p: { stage: string; missing: string }) =>
      `Stage "${p.stage}" needs "${p.missing}", which no earlier stage adds. Put "${p.missing}" first in the preset.`,
  },
  STAGE_FAILED: {
    status: 500,
    exit: 70,
    message: (p: { stage: string; doc: string; reason: string }) =>
      `Stage "${p.stage}" failed on ${p.doc}: ${p.reason}.`,
  },
  CONFIG_INVALID: {
    status: 500,
    exit: 78,
    message: (p: { file: string; problem: string }) =>
      `${p.file} is not a valid configuration: ${p.problem}.`,
  },
  STORE_FAILED: {
    status: 500,
    exit: 74,
    message: (p: { op: string; id: string }) =>
      `The store could not ${p.op} ${p.id}. Nothing of this document was written; retry the ingest.`,
  },
  STORE_UNAVAILABLE: {
    status: 503,
    exit: 69,
    message: (p: { url: string; reason: string }) =>
      `Could not open the store ${p.url}: ${p.reason}.`,
  },
  UNAUTHORIZED: {
    status: 401,
    exit: 77,
    message: (_p: Record<string, never>) =>
      'This server requires a token. Send it as "Authorization: Bearer <token>".',
  },
  NOT_IMPLEMENTED: {
    status: 501,
    exit: 69,
    message: (p: { feature: string; issue: number }) =>
      `${p.feature} is not available yet (tracked in issue #${p.issue}).`,
  },
} as const

export type ErrorCode = keyof typeof catalog
type Params<C extends ErrorCode> = Parameters<(typeof catalog)[C]['message']>[0]

/** An error a user can act on: a catalogued code, its parameters and a readable message. */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'AppError'
  readonly code: C
  readonly params: Params<C>
  constructor(code: C, params: Params<C>, options?: ErrorOptions) {
    // Cast: TS cannot tie `code` to its own message function through the union.
    super((catalog[code].message as (p: Params<C>) => string)(params), options)
    this.code = code
    this.params = params
  }
  get httpStatus(): number {
    return catalog[this.code].status
  }
  get exitCode(): number {
    return catalog[this.code].exit
  }
}

/** Checks `name` as well as the class, so it still works across duplicate copies or realms. */
export const isAppError = (e: unknown): e is AppError =>
  e instanceof AppError || (e instanceof Error && e.name === 'AppError')

/** Every catalogued code with its statuses, for generated docs and tests. */
export function errorCatalog(): ReadonlyArray<{ code: ErrorCode; status: number; exit: number }> {
  return (Object.keys(catalog) as ErrorCode[]).map((code) => ({
    code,
    status: catalog[code].status,
    exit: catalog[code].exit,
  }))
}

/** Message of any thrown value, without a stack. */
export function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
