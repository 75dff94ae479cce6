import type { OrderSummary } from '../../types/report'
import type { WorkOrderStatus } from '../../types/workorder'

/** Mirrors ESCALATION_LABEL in types/workorder (kept local so the zod schemas stay out of the bundle). */
const ESCALATED_TO = ['', '已升级至主管', '已升级至社区', '已升级至街道']

export function escalationBadge(level: number): string {
  return ESCALATED_TO[Math.max(0, Math.min(3, level))] ?? ''
}

/** Which deadline `nextDeadline` is for an order in this state. */
export function deadlineKind(status: WorkOrderStatus): string {
  if (status === 'assigned' || status === 'held' || status === 'returned') return '签收'
  if (status === 'acknowledged' || status === 'in_progress') return '办结'
  if (status === 'resolved') return '自动确认'
  return ''
}

export function isFinished(o: Pick<OrderSummary, 'statusGroup'>): boolean {
  return o.statusGroup !== 'open'
}
