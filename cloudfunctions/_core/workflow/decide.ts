/**
 * Decides one action on one order: allowed or not, and the state it leads to. Pure: the caller's
 * relations and the order's facts come in, a verdict goes out.
 */
import type { WorkOrderStatus } from '../../../types/workorder'
import { GUARDS, type GuardFacts } from './guards'
import type { Relation } from './relations'
import { type TableAction, TRANSITIONS } from './transitions'

export type Verdict =
  | { ok: true; to: WorkOrderStatus }
  | { ok: false; code: 'FORBIDDEN' | 'CONFLICT' | 'INVALID_INPUT'; message: string }

export function decide(action: TableAction, relations: ReadonlySet<Relation>, facts: GuardFacts): Verdict {
  const rule = TRANSITIONS[action]
  if (!rule.by.some((r) => relations.has(r)))
    return { ok: false, code: 'FORBIDDEN', message: '您无权对该工单执行此操作' }
  const from = facts.status as WorkOrderStatus
  if (!rule.from.includes(from)) return { ok: false, code: 'CONFLICT', message: '工单状态已变化，请刷新后再试' }
  const blocked = GUARDS[action]?.(facts)
  if (blocked) return { ok: false, code: blocked.includes('照片') ? 'INVALID_INPUT' : 'CONFLICT', message: blocked }
  return { ok: true, to: rule.to === 'same' ? from : rule.to }
}

/** Every table action the caller could take now: drives the buttons on detail pages. */
export function allowedActions(relations: ReadonlySet<Relation>, facts: GuardFacts): TableAction[] {
  const out: TableAction[] = []
  for (const action of Object.keys(TRANSITIONS) as TableAction[]) {
    if (action === 'escalate' || action === 'auto_close' || action === 'supervise') continue
    const verdict = decide(action, relations, { ...facts, afterPhotoCount: Math.max(1, facts.afterPhotoCount) })
    if (verdict.ok) out.push(action)
  }
  return out
}
