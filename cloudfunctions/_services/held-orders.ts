/**
 * Orders held while their photos are checked asynchronously (CloudBase's mediaCheckAsync): status
 * 'submitted'. A cleared check dispatches the order; a rejected photo rejects it, telling the
 * resident why; a check that never answers does not strand the order: after HOLD_LIMIT it is
 * dispatched and its unchecked photos stay hidden.
 */
import type { Caller } from '../../types/identity'
import { computeDeadlines } from '../_core/deadlines'
import type { Platform } from '../_platform/ports'
import { orderCategory } from './catalog'
import { calendarFor } from './holiday-settings'
import { notifyHandler, notifyResidents } from './notify'
import { commitChange, NO_DEADLINE, type OrderDoc, ordersOf } from './orders'
import { type PhotoState, photoStates } from './photos'
import { workflowSettings } from './settings'

export const HOLD_LIMIT_MS = 30 * 60_000

export async function releaseHeld(platform: Platform, caller: Caller): Promise<{ released: number; rejected: number }> {
  const now = platform.clock.now()
  const page = await ordersOf(platform.store).find({
    where: { statusGroup: 'open', status: 'submitted' },
    orderBy: [['nextDeadline', 'asc']],
    limit: 200,
  })
  let released = 0
  let rejected = 0
  for (const order of page.items) {
    const states = await photoStates(platform, order.photos)
    const waited = now.getTime() - Date.parse(order.createdAt)
    try {
      if (states.includes('rejected')) {
        await commitChange(platform.store, caller, order, rejectChange(), now)
        await notifyResidents(
          platform,
          order,
          'workorder.rejected',
          `报事 ${order.number} 未受理`,
          '照片未通过内容审核，请重新拍照提交',
        )
        rejected++
      } else if (!states.includes('checking') || waited >= HOLD_LIMIT_MS) {
        const saved = await commitChange(
          platform.store,
          caller,
          order,
          await dispatchChange(platform, order, now, states),
          now,
        )
        await notifyHandler(
          platform,
          saved,
          'workorder.assigned',
          `新工单 ${saved.number}`,
          `${saved.categoryName} · ${saved.addressLabel}`,
        )
        released++
      }
    } catch (error) {
      if (!(error instanceof Error && (error as { code?: string }).code === 'CONFLICT')) throw error
    }
  }
  return { released, rejected }
}

function rejectChange() {
  return {
    to: 'rejected' as const,
    patch: { nextDeadline: NO_DEADLINE },
    events: [{ action: 'reject' as const, note: '照片未通过内容审核，报事未受理，请重新拍照提交' }],
  }
}

/** Deadlines start when the order is dispatched, not while it waited for the check. */
async function dispatchChange(platform: Platform, order: OrderDoc, now: Date, states: PhotoState[]) {
  const settings = await workflowSettings(platform.store, order.streetId)
  const category = await orderCategory(platform.store, order)
  const calendar = await calendarFor(platform.store, order)
  const deadlines = computeDeadlines(now, { ...category, urgent: order.urgent }, settings.officeHours, calendar)
  const note = states.includes('checking')
    ? `照片审核未返回，先行派单（照片审核通过后可见）。${order.routeReason}`
    : order.routeReason
  return {
    to: 'assigned' as const,
    patch: { ...deadlines, nextDeadline: deadlines.acknowledgeBy },
    events: [{ action: 'dispatch' as const, note }],
  }
}
