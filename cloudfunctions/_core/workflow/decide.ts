/**
 * Decides one action on one order: allowed or not, and the state it leads to. Pure: the caller's
 * relations and the order's facts come in, a verdict goes out.
 */
import type { WorkOrderStatus } from '../../../types/workorder'
import { GUARDS, type GuardFacts } from './guards'
import type { Relation } from './relations'
import { SYSTEM_ONLY, type TableAction, TRANSITIONS } from './transitions'

export type Verdict =
  | { ok: true; to: WorkOrderStatus }
  | { ok: false; code: 'FORBIDDEN' | 'CONFLICT' | 'INVALID_INPUT'; message: string }

export const SYSTEM_RELATIONS: ReadonlySet<Relation> = new Set<Relation>(['system'])

export function decide(action: TableAction, relations: ReadonlySet<Relation>, facts: GuardFacts): Verdict {
  const rule = TRANSITIONS[action]
  const granted = rule.by.filter((r) => relations.has(r))
  if (granted.length === 0) return { ok: false, code: 'FORBIDDEN', message: '您无权对该工单执行此操作' }
  if (granted.every((r) => rule.poolOnly?.includes(r)) && facts.handlerStaffId)
    return { ok: false, code: 'FORBIDDEN', message: '该工单已有经办人，只能由经办人办理，或请主管转派' }
  const from = facts.status as WorkOrderStatus
  if (!rule.from.includes(from)) return { ok: false, code: 'CONFLICT', message: '工单状态已变化，请刷新后再试' }
  const blocked = GUARDS[action]?.(facts)
  if (blocked) return { ok: false, code: blocked.includes('照片') ? 'INVALID_INPUT' : 'CONFLICT', message: blocked }
  return { ok: true, to: rule.to === 'same' ? from : rule.to }
}

/** One step of a change: a table action, taken by the caller or, when `system` names it, by the system. */
export interface Step {
  action: TableAction
  /** the system's name on the timeline (e.g. 小北督办): the step is the system's, not the caller's */
  system?: string
}

/**
 * Decides every step of a change in order, each from the state the previous one left: the change
 * is allowed only if the table allows all of them. Returns the state of each step and the last.
 */
export function decideSteps(
  steps: readonly Step[],
  relations: ReadonlySet<Relation>,
  facts: GuardFacts,
): { ok: true; to: WorkOrderStatus; states: WorkOrderStatus[] } | Extract<Verdict, { ok: false }> {
  if (steps.length === 0) return { ok: false, code: 'INVALID_INPUT', message: '没有要执行的操作' }
  let status = facts.status as WorkOrderStatus
  const states: WorkOrderStatus[] = []
  for (const step of steps) {
    const verdict = decide(step.action, step.system ? SYSTEM_RELATIONS : relations, { ...facts, status })
    if (!verdict.ok) return verdict
    status = verdict.to
    states.push(status)
  }
  return { ok: true, to: status, states }
}

/** Every table action the caller could take now: drives the buttons on detail pages. */
export function allowedActions(relations: ReadonlySet<Relation>, facts: GuardFacts): TableAction[] {
  const out: TableAction[] = []
  for (const action of Object.keys(TRANSITIONS) as TableAction[]) {
    if (SYSTEM_ONLY.includes(action)) continue
    const verdict = decide(action, relations, { ...facts, afterPhotoCount: Math.max(1, facts.afterPhotoCount) })
    if (verdict.ok) out.push(action)
  }
  return out
}
