/**
 * The `workorders` and `workorder_events` collections, and the one way an order changes: a change
 * the transition table allows, step by step, for the caller's relations (or the system's), written
 * all-or-nothing by compare-and-set. No change can name its own status.
 */
import type { Caller } from '../../types/identity'
import { STATUS_GROUP, type WorkOrder, type WorkOrderEvent, type WorkOrderStatus } from '../../types/workorder'
import {
  type Change,
  type ChangeEvent,
  decideSteps,
  type GuardFacts,
  NO_DEADLINE,
  orderFacts,
  type Relation,
  relationsOf,
} from '../_core/workflow'
import { SYSTEM_CALLER } from '../_platform/identity/caller'
import { AppError, conflict, notFound } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { isStoreConflict, type Store, type StoredDoc } from '../_platform/store/port'
import { eventSnapshot, KPI_FACTS, type KpiFactDoc, type KpiFields, kpiChangeOf } from './supervision/kpi-write'
import { recordClosure } from './supervision/recent-closures'

export type OrderDoc = WorkOrder &
  StoredDoc & {
    whistleDeptId: string
    requestKey: string
    whistleOverdueNotified?: boolean
    reporterUnverified?: boolean
  } & Partial<KpiFields>
export type EventDoc = WorkOrderEvent & StoredDoc
export type { Change }

export { NO_DEADLINE }

export const ordersOf = (store: Store) => store.collection<OrderDoc>('workorders')
export const eventsOf = (store: Store) => store.collection<EventDoc>('workorder_events')

export async function loadOrder(store: Store, id: string): Promise<OrderDoc> {
  const order = await ordersOf(store).get(id)
  if (!order) throw notFound('没有找到这条报事')
  return order
}

export interface EventInput {
  action: WorkOrderEvent['action']
  note?: string
  photos?: string[]
  /** defaults to the caller */
  actor?: Caller
  /** what supervision reads off the event: holder and deadlines after it, a rating, a quick return */
  kpi?: Partial<
    Pick<WorkOrderEvent, 'holderOrgId' | 'holderKind' | 'acknowledgeBy' | 'resolveBy' | 'rating' | 'quickReturn'>
  >
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
    ...e.kpi,
  }
}

/** Who takes a change: a person with their relations to the order, or the system under a name. */
export interface ChangeBy {
  caller: Caller
  /** defaults to the caller's relations to the order as stored */
  relations?: ReadonlySet<Relation>
  /** defaults to the order's own facts (no after-photos brought, no photo rule) */
  facts?: GuardFacts
}

/**
 * Writes a change if the transition table allows every step of it for who takes it (a step marked
 * `system` is decided for the system); otherwise throws FORBIDDEN / CONFLICT / INVALID_INPUT and
 * writes nothing. The patch and the timeline events commit all-or-nothing, and only if nobody changed
 * the order since it was read (compare-and-set on `_v`): a lost race throws the store's conflict.
 */
export async function writeChange(
  store: Store,
  by: ChangeBy,
  order: OrderDoc,
  change: Change,
  now: Date,
): Promise<OrderDoc> {
  const relations = by.relations ?? relationsOf(by.caller, order)
  const verdict = decideSteps(change.events, relations, by.facts ?? orderFacts(order))
  if (!verdict.ok) throw new AppError(verdict.code, verdict.message)
  const at = now.toISOString()
  const snapshot = eventSnapshot({ ...order, ...change.patch })
  const inputs = change.events.map((e) => toEventInput(e, snapshot))
  const kpi = kpiChangeOf(
    order,
    inputs.map((e) => ({ at, action: e.action, ...e.kpi })),
  )
  return store.transaction(async (tx) => {
    const saved = await tx
      .collection<OrderDoc>('workorders')
      .patch(
        order._id,
        { ...change.patch, ...kpi.fields, status: verdict.to, statusGroup: STATUS_GROUP[verdict.to], updatedAt: at },
        { expectedVersion: order._v },
      )
    const events = tx.collection<EventDoc>('workorder_events')
    let from = order.status
    for (const [i, e] of inputs.entries()) {
      const to = verdict.states[i]
      await events.insert(eventDoc(eventIdOf(order._id, order._v, i), order._id, at, from, to, e, by.caller))
      from = to
    }
    for (const row of kpi.ended) await tx.collection<KpiFactDoc & StoredDoc>(KPI_FACTS).insert({ ...row })
    if (kpi.closed) await recordClosure(tx, order, at)
    return saved
  })
}

const toEventInput = (e: ChangeEvent, snapshot: ReturnType<typeof eventSnapshot>): EventInput => ({
  action: e.action,
  note: e.note,
  photos: e.photos,
  actor: e.system ? systemActor(e.system) : undefined,
  kpi: { ...snapshot, ...(e.rating ? { rating: e.rating } : {}), ...(e.quickReturn ? { quickReturn: true } : {}) },
})

/** A person's change: as `writeChange`, and a lost race answers CONFLICT in words the person reads. */
export async function commitChange(
  store: Store,
  by: ChangeBy,
  order: OrderDoc,
  change: Change,
  now: Date,
): Promise<OrderDoc> {
  try {
    return await writeChange(store, by, order, change, now)
  } catch (error) {
    if (isStoreConflict(error)) throw conflict('该工单刚刚已被他人处理，请刷新后再试')
    throw error
  }
}

/**
 * The system's change (the sweep, the photo check of held orders), decided by the table for the
 * `system` relation and signed with `name` on the timeline. Returns null when someone changed the
 * order meanwhile: the next run sees it again.
 */
export async function actAsSystem(
  platform: Platform,
  name: string,
  order: OrderDoc,
  change: Change,
  now: Date = platform.clock.now(),
): Promise<OrderDoc | null> {
  try {
    return await writeChange(platform.store, { caller: systemActor(name) }, order, change, now)
  } catch (error) {
    if (isStoreConflict(error)) return null
    throw error
  }
}
