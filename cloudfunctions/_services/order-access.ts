/** Who may open an order: load it, find how the caller stands to it, and refuse anyone not allowed. */
import type { Caller } from '../../types/identity'
import type { OrderDetail } from '../../types/report'
import { type Relation, relationsOf, STAFF_RELATIONS } from '../_core/workflow'
import { forbidden } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { followKeyOf, followsOf } from './follows'
import { loadOrder, type OrderDoc } from './orders'
import { toDetail } from './views'

export async function orderFor(
  platform: Platform,
  caller: Caller,
  id: string,
  allowed: readonly Relation[],
  message = '您无权查看该工单',
): Promise<{ order: OrderDoc; relations: Set<Relation> }> {
  const order = await loadOrder(platform.store, id)
  // a 同问 lookup only where following grants something
  const following =
    allowed.includes('follower') &&
    caller.userId !== order.reporterId &&
    (await followsOf(platform.store).get(followKeyOf(caller.userId, order._id))) !== null
  const relations = relationsOf(caller, order, { following })
  if (!allowed.some((r) => relations.has(r))) throw forbidden(message)
  return { order, relations }
}

/** A staff member's order: one in their scope, or FORBIDDEN. */
export const staffOrderFor = (platform: Platform, caller: Caller, id: string) =>
  orderFor(platform, caller, id, STAFF_RELATIONS, '该工单不在您的管辖范围内')

/** The detail view of an order for a caller who stands to it in one of the `allowed` relations. */
export async function detailFor(
  platform: Platform,
  caller: Caller,
  id: string,
  allowed: readonly Relation[],
  message?: string,
): Promise<OrderDetail> {
  const { order, relations } = await orderFor(platform, caller, id, allowed, message)
  return toDetail(platform, caller, order, relations)
}
