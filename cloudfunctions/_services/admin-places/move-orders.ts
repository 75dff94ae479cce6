/**
 * When an estate's property company changes, its open orders held by the old company stay there
 * unless the admin asks to move them; each moved order is a 转派 with its own timeline event, fresh
 * deadlines and a notice to the new holder. Nothing is moved silently.
 */
import type { Caller } from '../../../types/identity'
import { transferChange } from '../../_core/workflow'
import type { Platform } from '../../_platform/ports'
import { act } from '../act'
import { notifyHandler } from '../notify'
import { freshDeadlines } from '../order-deadlines'
import { type OrderDoc, ordersOf } from '../orders'
import { orgById } from '../places'
import { findAll } from '../reference-sets'
import { pickStaff } from '../rosters'

/** Open orders of the estate still held by the company. */
export async function openOrdersHeldBy(platform: Platform, estateId: string, companyId: string): Promise<OrderDoc[]> {
  const held = await findAll(ordersOf(platform.store), { handlerOrgId: companyId, statusGroup: 'open' })
  return held.filter((o) => o.estateId === estateId)
}

/** Transfers them to the new company (or, for 无物业, to the estate's community); returns how many moved. */
export async function moveOpenOrders(
  platform: Platform,
  caller: Caller,
  orders: OrderDoc[],
  to: { companyId: string | null; communityId: string },
): Promise<number> {
  const org = await orgById(platform.store, to.companyId ?? to.communityId)
  if (!org) return 0
  const target = { id: org._id, kind: to.companyId ? ('property' as const) : ('community' as const), name: org.name }
  const reason = to.companyId ? `小区物业变更为${org.name}` : '小区改为无物业，由社区接办'
  let moved = 0
  for (const order of orders) {
    await act(
      platform,
      caller,
      'transfer',
      { id: order._id },
      {
        async build({ order, now }) {
          const [staff, deadlines] = await Promise.all([
            pickStaff(platform.store, target.kind, target.id),
            freshDeadlines(platform, order, now),
          ])
          return transferChange({ org: target, staff, deadlines, reason })
        },
        after: ({ platform }, saved) =>
          notifyHandler(
            platform,
            saved,
            'workorder.assigned',
            `转派工单 ${saved.number}`,
            `${saved.categoryName} · ${saved.addressLabel}`,
          ),
      },
    )
    moved++
  }
  return moved
}
