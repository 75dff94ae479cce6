/** Which deadline an order's `nextDeadline` (the one the sweep watches) should be. */
import type { OrderDoc } from './orders'

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
