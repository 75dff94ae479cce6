import * as z from 'zod/mini'
import { ERROR_MESSAGES } from './labels'

/** Error codes of the one envelope every action answers with (docs/architecture.md, "One envelope"). */
export const ErrorCode = z.enum([
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
])
export type ErrorCode = z.infer<typeof ErrorCode>

/** HTTP status for each code, used by the local host. */
export const httpStatusOf: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
}

/** What a resident reads when an action fails with a code and no better message. */
export const chineseMessageOf: Record<ErrorCode, string> = ERROR_MESSAGES

import { unstorableTextAt } from './storable-text'

export { isStorableText, unstorableTextAt } from './storable-text'

const UNSTORABLE_MESSAGE = '含有无法保存的字符（如空字符或残缺的表情符号），请删除后重试'

/**
 * The event every function receives. Every string in it (the action, the request id, every value
 * and key of `data`) must be storable: this one check covers every action's input, whatever its
 * own schema says.
 */
export const ActionEvent = z
  .object({
    action: z.string().check(z.minLength(1), z.maxLength(64)),
    data: z.optional(z.unknown()),
    requestId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  })
  .check(
    z.superRefine((event, ctx) => {
      const at = unstorableTextAt(event)
      if (at) ctx.addIssue({ code: 'custom', path: at, message: UNSTORABLE_MESSAGE })
    }),
  )
export type ActionEvent = z.infer<typeof ActionEvent>

export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.optional(z.unknown()),
})
export type ErrorBody = z.infer<typeof ErrorBody>

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorBody }),
])
