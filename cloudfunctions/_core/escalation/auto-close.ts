import type { StatusGroup } from '../../../types/workorder'

/** A resolved (fixed) order whose confirm-by time has passed closes itself. */
export function shouldAutoClose(order: { statusGroup: StatusGroup; nextDeadline: string }, now: Date): boolean {
  return order.statusGroup === 'fixed' && now.getTime() > Date.parse(order.nextDeadline)
}
