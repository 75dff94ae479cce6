import { DEADLINE_KIND_LABELS, ESCALATED_TO_LABELS } from '../../types/labels'
import type { OrderSummary } from '../../types/report'

export function escalationBadge(level: number): string {
  return ESCALATED_TO_LABELS[Math.max(0, Math.min(3, level))] ?? ''
}

/** '签收' / '办结' / …: which deadline `nextDeadline` is, as the server says; '' when there is none. */
export function deadlineLabel(o: Pick<OrderSummary, 'deadlineKind'>): string {
  return o.deadlineKind ? DEADLINE_KIND_LABELS[o.deadlineKind] : ''
}

export function isFinished(o: Pick<OrderSummary, 'statusGroup'>): boolean {
  return o.statusGroup !== 'open'
}
