/** An order's deadlines: which one the sweep watches (pure, in the core) and fresh ones from now. */
import { computeDeadlines, type Deadlines } from '../_core/deadlines'
import type { Platform } from '../_platform/ports'
import { categoryOf } from './catalog'
import { calendarFor } from './holiday-settings'
import type { OrderDoc } from './orders'
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
