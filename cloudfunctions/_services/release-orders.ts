/**
 * When a staff role ends, the person's open orders of that org go back to the org: through the
 * transition table's `release` row (the system's change), with a timeline event naming who removed
 * them. A community or department has no pool screen: another of its staff takes the order.
 */
import type { Caller } from '../../types/identity'
import { decide, relationsOf } from '../_core/workflow'
import { SYSTEM_CALLER } from '../_platform/identity/caller'
import type { Platform } from '../_platform/ports'
import { factsOf } from './act'
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
    const verdict = decide('release', relationsOf(SYSTEM_CALLER, order), await factsOf(platform, order, 0))
    if (!verdict.ok) continue
    const next =
      order.handlerKind === 'community' || order.handlerKind === 'department'
        ? await pickStaff(store, order.handlerKind, order.handlerOrgId)
        : null
    const note = `${order.handlerStaffName || '原经办人'}已不在${order.handlerOrgName}任职，${next ? `改由${next.name}办理` : '工单退回待领取'}`
    try {
      const saved = await commitChange(
        store,
        SYSTEM_CALLER,
        order,
        {
          to: verdict.to,
          patch: { handlerStaffId: next?.id ?? '', handlerStaffName: next?.name ?? '' },
          events: [{ action: 'release', note, actor: by }],
        },
        platform.clock.now(),
      )
      released++
      await notifyHandler(platform, saved, 'workorder.released', `工单待领取：${saved.number}`, note)
    } catch (error) {
      // changed meanwhile by someone else: it is no longer this person's to release
      if (!(error instanceof Error && 'code' in error && error.code === 'CONFLICT')) throw error
    }
  }
  return released
}
