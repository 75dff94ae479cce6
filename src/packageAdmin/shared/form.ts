/**
 * Client-side validation for the admin forms with the same zod schemas the functions use (types/):
 * the first Chinese message per field, keyed by the field's path ('contacts.0.phone'). Where a schema
 * names no message of its own, the messages below say in Chinese what is wrong.
 */

import type { ZodMiniType as ZodType } from 'zod/mini'
import * as z from 'zod/mini'

type Issue = { code: string; minimum?: unknown; maximum?: unknown; origin?: string; expected?: string; input?: unknown }

/** zod's built-in checks in plain Chinese (a schema's own message still wins) */
function chineseMessage(issue: Issue): string | undefined {
  const text = issue.origin === 'string'
  const list = issue.origin === 'array'
  switch (issue.code) {
    case 'too_small':
      if (text) return Number(issue.minimum) <= 1 ? '不能为空' : `至少${issue.minimum}个字`
      if (list) return `至少${issue.minimum}项`
      return `不能小于${issue.minimum === 0 ? '0' : issue.minimum}`
    case 'too_big':
      if (text) return `最多${issue.maximum}个字`
      if (list) return `最多${issue.maximum}项`
      return `不能大于${issue.maximum}`
    case 'invalid_type':
      if (issue.expected === 'number') return '请填数字'
      if (issue.input === undefined || issue.input === null) return '请填写'
      return '格式有误'
    case 'invalid_format':
      return '格式有误'
    case 'invalid_value':
      return '请从选项中选择'
    case 'not_multiple_of':
    case 'invalid_union':
      return '格式有误'
    default:
      return undefined
  }
}

let configured = false
function configure() {
  if (configured) return
  configured = true
  z.config({ customError: (issue) => chineseMessage(issue as unknown as Issue) })
}

export type FieldErrors = Record<string, string>

export type Checked<T> = { ok: true; data: T; errors: FieldErrors } | { ok: false; errors: FieldErrors }

/** Parses `value` with `schema`; on failure, the first message for each field path. */
export function check<S extends ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  configure()
  const out = schema.safeParse(value)
  if (out.success) return { ok: true, data: out.data, errors: {} }
  const errors: FieldErrors = {}
  for (const issue of out.error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    if (!errors[key]) errors[key] = issue.message
  }
  return { ok: false, errors }
}

/** The first message of the form (for a summary line beside the save button). */
export function firstError(errors: FieldErrors): string | null {
  const keys = Object.keys(errors)
  return keys.length ? (errors[keys[0]] ?? null) : null
}

/** Errors of a nested part of the form, with the prefix removed ('category.name' → 'name'). */
export function under(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {}
  for (const [k, v] of Object.entries(errors)) {
    if (k === prefix) out._ = v
    else if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v
  }
  return out
}

/** '12' → 12; '' or junk → NaN, which the schema then names ('请填数字'). */
export const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s))

/** A running total of typed numbers: a field not yet a number counts 0. */
export const typedSum = (texts: readonly string[]): number =>
  texts.reduce((sum, t) => (Number.isFinite(num(t)) ? sum + num(t) : sum), 0)
