// zod-free on purpose: the CloudBase runtime file imports this, and must not carry a second copy of zod
import type { ErrorBody, ErrorCode } from '../../../types/envelope'
import { ERROR_MESSAGES } from '../../../types/labels'

/** An expected failure an action reports to its caller. Anything else thrown becomes INTERNAL. */
export class AppError extends Error {
  /** recognised by name across bundles (the host's platform objects throw their own copy) */
  override readonly name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_MESSAGES[code])
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

/**
 * Logs an unexpected failure without personal data: where it happened (function, action, request
 * id), the error's class, its code (a PostgreSQL SQLSTATE, say) and its message with quoted values,
 * JSON and long numbers blanked, and the stack frames. Never the error object itself: a driver's
 * error carries the statement's parameters and the failing row (`params`, `detail`), which hold
 * residents' names, phone numbers and addresses.
 */
export function logInternal(error: unknown, where: { fn: string; action?: string; requestId?: string }): void {
  const at = where.action ? `${where.fn}.${where.action}` : where.fn
  const request = where.requestId ? ` request=${where.requestId}` : ''
  console.error(`[${at}] INTERNAL${request} ${describeError(error)}`)
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `(a non-Error ${typeof error} was thrown)`
  const code = (error as { code?: unknown }).code
  const kind = typeof code === 'string' && /^[\w-]{1,32}$/.test(code) ? `${error.name}[${code}]` : error.name
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  return [`${kind}: ${redactMessage(error.message)}`, ...frames.slice(0, 8)].join('\n')
}

/** Keeps a message's words and identifiers; blanks what could be a person's data. */
export function redactMessage(message: string): string {
  return String(message)
    .slice(0, 300)
    .replace(/\{[\s\S]*\}/g, '{…}')
    .replace(/\[[\s\S]*\]/g, '[…]')
    .replace(/(["'“「«`])([\s\S]*?)(["'”」»`])/g, (all, open: string, inner: string, close: string) =>
      /^[A-Za-z_][\w.$-]{0,63}$/.test(inner) ? all : `${open}…${close}`,
    )
    .replace(/\d{5,}/g, '#')
    .replace(/[\r\n]+/g, ' ')
}
