/** Which deadline an order's `nextDeadline` (the one the sweep watches) should be. Pure. */
import type { WorkOrderStatus } from '../../../types/workorder'

/** nextDeadline of an order nobody has to act on any more: sorts last. */
export const NO_DEADLINE = '9999-12-31T00:00:00.000Z'

/** The deadline of the order's state: acknowledge-by until it is acknowledged, then resolve-by. */
export function baseDeadline(order: {
  status: WorkOrderStatus
  acknowledgeBy: string
  resolveBy: string
  nextDeadline: string
}): string {
  if (order.status === 'assigned' || order.status === 'held') return order.acknowledgeBy
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
