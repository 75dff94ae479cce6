import { z } from 'zod'
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

/**
 * Text a database cannot store: a NUL character (PostgreSQL text and jsonb refuse it) or a lone
 * UTF-16 surrogate (not valid Unicode, refused by jsonb). Such input is INVALID_INPUT at the boundary.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text)
}

/**
 * The path of the first string (value or object key) anywhere in `value` that cannot be stored, or
 * null. Iterative, so input nested thousands of levels deep costs no stack.
 */
export function unstorableTextAt(value: unknown): Array<string | number> | null {
  interface Node {
    value: unknown
    parent: Node | null
    key: string | number
  }
  const pathOf = (node: Node, key?: string): Array<string | number> => {
    const out: Array<string | number> = key === undefined ? [] : [key]
    for (let n: Node | null = node; n?.parent; n = n.parent) out.unshift(n.key)
    return out
  }
  const stack: Node[] = [{ value, parent: null, key: '' }]
  for (let node = stack.pop(); node; node = stack.pop()) {
    const v = node.value
    if (typeof v === 'string') {
      if (!isStorableText(v)) return pathOf(node)
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], parent: node, key: i })
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, child] of Object.entries(v)) {
        if (!isStorableText(key)) return pathOf(node, key)
        stack.push({ value: child, parent: node, key })
      }
    }
  }
  return null
}

const UNSTORABLE_MESSAGE = '含有无法保存的字符（如空字符或残缺的表情符号），请删除后重试'

/**
 * The event every function receives. Every string in it (the action, the request id, every value
 * and key of `data`) must be storable: this one check covers every action's input, whatever its
 * own schema says.
 */
export const ActionEvent = z
  .object({
    action: z.string().min(1).max(64),
    data: z.unknown().optional(),
    requestId: z.string().min(1).max(128).optional(),
  })
  .superRefine((event, ctx) => {
    const at = unstorableTextAt(event)
    if (at) ctx.addIssue({ code: 'custom', path: at, message: UNSTORABLE_MESSAGE })
  })
export type ActionEvent = z.infer<typeof ActionEvent>

export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
})
export type ErrorBody = z.infer<typeof ErrorBody>

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorBody }),
])
