/** The `workorders` and `workorder_events` collections, and the one way an order changes: commitChange. */
import type { Caller } from '../../types/identity'
import {
  STATUS_GROUP,
  type WorkOrder,
  type WorkOrderAction,
  type WorkOrderEvent,
  type WorkOrderStatus,
} from '../../types/workorder'
import { SYSTEM_CALLER } from '../_platform/identity/caller'
import { conflict, notFound } from '../_platform/kit/errors'
import type { Store, StoredDoc } from '../_platform/store/port'

export type OrderDoc = WorkOrder &
  StoredDoc & { whistleDeptId: string; requestKey: string; reporterUnverified?: boolean }
export type EventDoc = WorkOrderEvent & StoredDoc

/** nextDeadline of an order nobody has to act on any more: sorts last. */
export const NO_DEADLINE = '9999-12-31T00:00:00.000Z'

export const ordersOf = (store: Store) => store.collection<OrderDoc>('workorders')
export const eventsOf = (store: Store) => store.collection<EventDoc>('workorder_events')

export async function loadOrder(store: Store, id: string): Promise<OrderDoc> {
  const order = await ordersOf(store).get(id)
  if (!order) throw notFound('没有找到这条报事')
  return order
}

export interface EventInput {
  action: WorkOrderAction
  note?: string
  photos?: string[]
  /** defaults to the caller */
  actor?: Caller
}

export interface Change {
  to: WorkOrderStatus
  patch?: Partial<OrderDoc>
  events: EventInput[]
}

/** The system, named as it appears on a timeline (e.g. 小北派单). */
export const systemActor = (name: string): Caller => ({ ...SYSTEM_CALLER, name })

export function actorRoleOf(caller: Caller): WorkOrderEvent['actorRole'] {
  if (caller.kind === 'system') return 'system'
  return caller.roles[0] ?? 'resident'
}

/**
 * Timeline events sort by time, then by id; ids carry the order's version before the change and the
 * event's place in it, so events of changes made in the same millisecond still read in order.
 */
export function eventIdOf(orderId: string, version: number, index: number | string): string {
  return `ev_${orderId.replace(/^wo_/, '')}_${String(version).padStart(6, '0')}_${index}`
}

export function eventDoc(
  id: string,
  orderId: string,
  at: string,
  from: WorkOrderStatus | null,
  to: WorkOrderStatus,
  e: EventInput,
  caller: Caller,
) {
  const actor = e.actor ?? caller
  return {
    _id: id,
    orderId,
    at,
    action: e.action,
    actorId: actor.userId,
    actorName: actor.name,
    actorRole: actorRoleOf(actor),
    fromStatus: from,
    toStatus: to,
    note: e.note ?? '',
    photos: e.photos ?? [],
  }
}

/**
 * Applies a change all-or-nothing: the order patch (only if nobody changed the order since it was
 * read: compare-and-set on `_v`) and its timeline events. A lost race answers CONFLICT.
 */
export async function commitChange(
  store: Store,
  caller: Caller,
  order: OrderDoc,
  change: Change,
  now: Date,
): Promise<OrderDoc> {
  const at = now.toISOString()
  try {
    return await store.transaction(async (tx) => {
      const saved = await tx
        .collection<OrderDoc>('workorders')
        .patch(
          order._id,
          { ...change.patch, status: change.to, statusGroup: STATUS_GROUP[change.to], updatedAt: at },
          { expectedVersion: order._v },
        )
      const events = tx.collection<EventDoc>('workorder_events')
      for (const [i, e] of change.events.entries()) {
        await events.insert(
          eventDoc(eventIdOf(order._id, order._v, i), order._id, at, order.status, change.to, e, caller),
        )
      }
      return saved
    })
  } catch (error) {
    if (error instanceof Error && error.name === 'StoreConflictError') {
      throw conflict('该工单刚刚已被他人处理，请刷新后再试')
    }
    throw error
  }
}
