/**
 * The work-order lifecycle as a table: for every action, the states it may start from, the state
 * it leads to ('same' keeps the state), and the relations allowed to take it. Guards that need the
 * order's data (pool, after-photo, rated) sit in `guards.ts`. The system (the sweep, the photo
 * check of held orders) is a relation like any other: its rows are enforced, not documentation.
 */
import type { WorkOrderAction, WorkOrderStatus } from '../../../types/workorder'
import type { Relation } from './relations'

export interface TransitionRule {
  from: readonly WorkOrderStatus[]
  to: WorkOrderStatus | 'same'
  by: readonly Relation[]
  /** relations in `by` that may take the action only while the order sits in the org's pool (no holder) */
  poolOnly?: readonly Relation[]
}

const OPEN: readonly WorkOrderStatus[] = ['assigned', 'acknowledged', 'in_progress', 'returned']
const WORKING: readonly WorkOrderStatus[] = ['acknowledged', 'in_progress']

export const TRANSITIONS: Record<Exclude<WorkOrderAction, 'submit'>, TransitionRule> = {
  dispatch: { from: ['held', 'returned'], to: 'assigned', by: ['system', 'community', 'street'] },
  acknowledge: { from: ['assigned'], to: 'acknowledged', by: ['holder'] },
  grab: { from: ['assigned'], to: 'acknowledged', by: ['org_member'] },
  progress: { from: WORKING, to: 'in_progress', by: ['holder'] },
  resolve: { from: WORKING, to: 'resolved', by: ['holder'] },
  transfer: { from: OPEN, to: 'assigned', by: ['holder', 'supervisor', 'community', 'street'] },
  // after 签收 only the holder returns; a colleague may return a pool order; others ask the supervisor to transfer
  return: {
    from: ['assigned', 'acknowledged'],
    to: 'returned',
    by: ['holder', 'org_member'],
    poolOnly: ['org_member'],
  },
  reject: { from: ['held', 'assigned', 'returned'], to: 'rejected', by: ['community', 'street', 'system'] },
  confirm: { from: ['resolved'], to: 'closed', by: ['reporter'] },
  rate: { from: ['resolved', 'closed'], to: 'closed', by: ['reporter'] },
  auto_close: { from: ['resolved'], to: 'closed', by: ['system'] },
  reopen: { from: ['resolved', 'closed'], to: 'assigned', by: ['reporter'] },
  cancel: { from: ['held', 'assigned'], to: 'cancelled', by: ['reporter'] },
  escalate: { from: ['held', ...OPEN], to: 'same', by: ['system'] },
  whistle: { from: OPEN, to: 'same', by: ['community', 'street'] },
  whistle_report: { from: OPEN, to: 'same', by: ['department'] },
  supervise: { from: ['assigned'], to: 'same', by: ['system'] },
  follow: { from: OPEN, to: 'same', by: ['neighbour'] },
  /** 催办: the reporter nudges whoever holds it (at most once per 4 working hours: a guard) */
  nudge: { from: OPEN, to: 'same', by: ['reporter'] },
  /** 补充说明 and 追加照片: the reporter adds to an open report (also while its photos are checked) */
  note: { from: ['held', ...OPEN], to: 'same', by: ['reporter'] },
  add_photos: { from: ['held', ...OPEN], to: 'same', by: ['reporter'] },
  /** 当场处置: a patrol report handled on the spot is filed resolved (its after-photo: a guard) */
  handle_on_spot: { from: ['held'], to: 'resolved', by: ['patroller'] },
  /** the holder is no longer staff of the org: the order goes back to the org's pool */
  release: { from: ['assigned', ...WORKING], to: 'assigned', by: ['system'] },
}

export type TableAction = keyof typeof TRANSITIONS

/** Actions only the system takes: never offered as a button. */
export const SYSTEM_ONLY: readonly TableAction[] = (Object.keys(TRANSITIONS) as TableAction[]).filter((a) =>
  TRANSITIONS[a].by.every((r) => r === 'system'),
)
