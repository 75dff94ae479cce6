/** Which deadline an order's `nextDeadline` (the one the sweep watches) should be. */
import type { DeadlineKind } from '../../types/workorder'
import { NO_DEADLINE, type OrderDoc } from './orders'

/** The deadline of the order's state: acknowledge-by until it is acknowledged, then resolve-by. */
export function baseDeadline(order: Pick<OrderDoc, 'status' | 'acknowledgeBy' | 'resolveBy' | 'nextDeadline'>): string {
  if (order.status === 'assigned' || order.status === 'submitted') return order.acknowledgeBy
  if (order.status === 'acknowledged' || order.status === 'in_progress') return order.resolveBy
  return order.nextDeadline
}

/** A pending whistle keeps its own, earlier deadline in view. */
export function minDeadline(
  next: string,
  order: { whistle: { reportedAt: string | null; reportBy: string } | null },
): string {
  const w = order.whistle
  return w && w.reportedAt === null && w.reportBy < next ? w.reportBy : next
}

/**
 * Which deadline `nextDeadline` is, as the client shows it ('签收截止 …'); null when nobody has to
 * act by a time: a closed order, or one held for a photo check.
 */
export function deadlineKindOf(
  order: Pick<OrderDoc, 'status' | 'statusGroup' | 'nextDeadline' | 'whistle'>,
): DeadlineKind | null {
  if (order.statusGroup === 'closed' || order.nextDeadline === NO_DEADLINE) return null
  const w = order.whistle
  if (w && w.reportedAt === null && w.reportBy === order.nextDeadline) return 'whistle_report'
  if (order.status === 'acknowledged' || order.status === 'in_progress') return 'resolve'
  if (order.status === 'resolved') return 'auto_close'
  return 'acknowledge'
}
