/**
 * When a staff role ends, the person's open orders of that org go back to the org: the table's
 * `release` row (the system's step), with a timeline event naming who removed them.
 */
import type { Caller } from '../../types/identity'
import { releaseChange } from '../_core/workflow'
import type { Platform } from '../_platform/ports'
import { notifyHandler } from './notify'
import { commitChange, type OrderDoc, ordersOf } from './orders'
import { pickStaff } from './rosters'

export async function releaseOrdersOf(platform: Platform, by: Caller, staffId: string, orgIds: string[]) {
  const { store } = platform
  const orders: OrderDoc[] = []
  let cursor: string | null = null
  do {
    const page = await ordersOf(store).find({
      where: { handlerStaffId: staffId, statusGroup: 'open' },
      limit: 200,
      cursor,
    })
    orders.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  let released = 0
  for (const order of orders) {
    if (!orgIds.includes(order.handlerOrgId)) continue
    const next =
      order.handlerKind === 'community' || order.handlerKind === 'department'
        ? await pickStaff(store, order.handlerKind, order.handlerOrgId)
        : null
    const change = releaseChange(order, next, by.name)
    try {
      const saved = await commitChange(store, { caller: by }, order, change, platform.clock.now())
      released++
      await notifyHandler(
        platform,
        saved,
        'workorder.released',
        `工单待领取：${saved.number}`,
        change.events[0].note ?? '',
      )
    } catch (error) {
      // changed meanwhile (or no longer in a state the table releases): it is not this person's any more
      const code = error instanceof Error && 'code' in error ? (error as { code: unknown }).code : null
      if (code !== 'CONFLICT' && code !== 'FORBIDDEN') throw error
    }
  }
  return released
}
