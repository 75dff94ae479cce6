/**
 * Orders held while their photos are checked asynchronously (CloudBase's mediaCheckAsync): status
 * 'held' (审核中). A cleared check dispatches the order; a rejected photo rejects it, telling the
 * resident why; a check that never answers does not strand the order: after HOLD_LIMIT it is
 * dispatched and its unchecked photos stay hidden. Both are the system's changes, decided by the
 * transition table.
 */
import type { Caller } from '../../types/identity'
import { rejectHeldChange, releaseHeldChange } from '../_core/workflow'
import type { Platform } from '../_platform/ports'
import { notifyHandler, notifyResidents } from './notify'
import { freshDeadlines } from './order-deadlines'
import { actAsSystem, ordersOf } from './orders'
import { photoStates } from './photos'

export const HOLD_LIMIT_MS = 30 * 60_000

export async function releaseHeld(platform: Platform, caller: Caller): Promise<{ released: number; rejected: number }> {
  const now = platform.clock.now()
  const page = await ordersOf(platform.store).find({
    where: { statusGroup: 'open', status: 'held' },
    orderBy: [['nextDeadline', 'asc']],
    limit: 200,
  })
  let released = 0
  let rejected = 0
  for (const order of page.items) {
    const states = await photoStates(platform, order.photos)
    const waited = now.getTime() - Date.parse(order.createdAt)
    if (states.includes('rejected')) {
      const saved = await actAsSystem(platform, caller.name, order, rejectHeldChange(), now)
      if (!saved) continue
      await notifyResidents(
        platform,
        saved,
        'workorder.rejected',
        `报事 ${saved.number} 未受理`,
        '照片未通过内容审核，请重新拍照提交',
      )
      rejected++
    } else if (!states.includes('checking') || waited >= HOLD_LIMIT_MS) {
      // deadlines start when the order is dispatched, not while it waited for the check
      const change = releaseHeldChange(order, await freshDeadlines(platform, order, now), states.includes('checking'))
      const saved = await actAsSystem(platform, caller.name, order, change, now)
      if (!saved) continue
      await notifyHandler(
        platform,
        saved,
        'workorder.assigned',
        `新工单 ${saved.number}`,
        `${saved.categoryName} · ${saved.addressLabel}`,
      )
      released++
    }
  }
  return { released, rejected }
}
