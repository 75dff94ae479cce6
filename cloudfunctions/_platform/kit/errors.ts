import { chineseMessageOf, type ErrorBody, type ErrorCode } from '../../../types/envelope'

/** An expected failure an action reports to its caller. Anything else thrown becomes INTERNAL. */
export class AppError extends Error {
  /** recognised by name across bundles (the host's platform objects throw their own copy) */
  override readonly name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? chineseMessageOf[code])
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

export const invalidInput = (message?: string, details?: unknown) => new AppError('INVALID_INPUT', message, details)
export const unauthenticated = (message?: string) => new AppError('UNAUTHENTICATED', message)
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message)
export const notFound = (message?: string) => new AppError('NOT_FOUND', message)
export const conflict = (message?: string, details?: unknown) => new AppError('CONFLICT', message, details)
export const rateLimited = (message?: string) => new AppError('RATE_LIMITED', message)
