import { CHINESE_MESSAGE, isErrorCode, NETWORK_MESSAGE } from '../lib/contract'

/** Every failed call: a code from the envelope (or NETWORK) and a Chinese message a resident can read. */
export class ApiError extends Error {
  code: string
  /** the envelope's `error.details`, e.g. a CONFLICT's `{ current }` (the record as it now stands) */
  details?: unknown
  constructor(code: string, message?: string, details?: unknown) {
    super(message || (isErrorCode(code) ? CHINESE_MESSAGE[code] : NETWORK_MESSAGE))
    this.name = 'ApiError'
    this.code = code
    this.details = details
  }
}

export const networkError = () => new ApiError('NETWORK', NETWORK_MESSAGE)

/** Any thrown value as an ApiError (so pages only ever show Chinese). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError('INTERNAL', CHINESE_MESSAGE.INTERNAL)
}

/** Reads an envelope `{ ok, data }` / `{ ok: false, error }`; anything else is a server fault. */
export function unwrap<T>(body: unknown): T {
  if (body && typeof body === 'object' && 'ok' in body) {
    const env = body as { ok: boolean; data?: T; error?: { code?: string; message?: string; details?: unknown } }
    if (env.ok) return env.data as T
    const code = env.error?.code || 'INTERNAL'
    throw new ApiError(code, env.error?.message || undefined, env.error?.details)
  }
  throw new ApiError('INTERNAL')
}
