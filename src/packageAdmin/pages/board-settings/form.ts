/**
 * The board settings form as text fields, and back: the numbers the admin typed, checked with the
 * server's schema (types/board-settings.ts) on every keystroke, so the running total of the weights
 * and every field's message show before saving.
 */
import {
  type BoardSettingKey,
  type BoardSettingsOutput,
  SaveBoardSettingsInput,
  SETTING_KEYS,
  WEIGHT_KEYS,
  type WeightKey,
} from '../../../../types/board-settings'
import { check, type FieldErrors, num, typedSum, under } from '../../shared/form'

export type Settings = BoardSettingsOutput['settings']
export type FormKey = WeightKey | BoardSettingKey
export type Form = Record<FormKey, string>

export function formOf(s: Settings): Form {
  const form = {} as Form
  for (const k of WEIGHT_KEYS) form[k] = String(s.weights[k])
  for (const k of SETTING_KEYS) form[k] = String(s[k])
  return form
}

function settingsOf(f: Form) {
  const weights = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, num(f[k])]))
  return { weights, ...Object.fromEntries(SETTING_KEYS.map((k) => [k, num(f[k])])) }
}

/** The weights' sum so far (a field not yet a number counts 0), to one decimal. */
export function weightTotal(f: Form): number {
  const sum = typedSum(WEIGHT_KEYS.map((k) => f[k]))
  return Math.round(sum * 10) / 10
}

/** What is missing or too much, in words ('' when the weights make 100). */
export function totalAdvice(total: number): string {
  if (total === 100) return ''
  const gap = Math.round(Math.abs(100 - total) * 10) / 10
  return total < 100 ? `还差 ${gap} 分` : `多了 ${gap} 分`
}

/** The input to save, or each field's first message ('weights' for the total, 'weights.residents', …). */
export function checkForm(f: Form, version: number | null) {
  const out = check(SaveBoardSettingsInput, { settings: settingsOf(f), expectedVersion: version ?? undefined })
  const errors: FieldErrors = under(out.errors, 'settings')
  return out.ok ? { ok: true as const, data: out.data, errors } : { ok: false as const, errors }
}

/** True when the form says what the saved settings say. */
export const sameAs = (f: Form, s: Settings) =>
  WEIGHT_KEYS.every((k) => num(f[k]) === s.weights[k]) && SETTING_KEYS.every((k) => num(f[k]) === s[k])
