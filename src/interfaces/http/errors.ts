import type { Context } from 'hono'
import { isAppError } from '../../core/errors.js'

/** Logs what the caller must not see. */
export type Logger = (message: string, error: unknown) => void

/**
 * The one place HTTP errors are turned into responses: an `AppError` becomes `{ code, message }`
 * with its status; anything else is logged in full and answered with "Internal error".
 */
export function errorHandler(log: Logger) {
  return (err: Error, c: Context): Response => {
    if (isAppError(err))
      return c.json({ code: err.code, message: err.message }, err.httpStatus as 400)
    log(`${c.req.method} ${c.req.path} failed`, err)
    return c.json({ code: 'INTERNAL', message: 'Internal error' }, 500)
  }
}
