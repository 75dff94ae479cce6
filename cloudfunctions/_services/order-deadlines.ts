/** An order's deadlines: which one the sweep watches (pure, in the core), fresh ones from now, and which one shows. */
import type { DeadlineKind } from '../../types/workorder'
import { computeDeadlines, type Deadlines } from '../_core/deadlines'
import type { Platform } from '../_platform/ports'
import { categoryOf } from './catalog'
import { calendarFor } from './holiday-settings'
import { NO_DEADLINE, type OrderDoc } from './orders'
import { workflowSettings } from './settings'

export { baseDeadline, minDeadline } from '../_core/workflow'

/**
 * Acknowledge-by and resolve-by counted from `now` for the order's category and urgency, in the
 * street's office hours and calendar: for a transfer, a reopen, a held order's dispatch.
 */
export async function freshDeadlines(
  platform: Platform,
  order: Pick<OrderDoc, 'categoryCode' | 'urgent' | 'communityId'> & { streetId?: string },
  now: Date,
): Promise<Deadlines> {
  const [settings, category, calendar] = await Promise.all([
    workflowSettings(platform.store),
    categoryOf(platform.store, order.categoryCode),
    calendarFor(platform.store, order),
  ])
  return computeDeadlines(now, { ...category, urgent: order.urgent }, settings.officeHours, calendar)
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
