import { AppError } from '../../../core/errors.js'

/** Commands whose issue has not landed: a clear message instead of a crash. */
export function notYet(feature: string, issue: number): Promise<number> {
  return Promise.reject(new AppError('NOT_IMPLEMENTED', { feature, issue }))
}
