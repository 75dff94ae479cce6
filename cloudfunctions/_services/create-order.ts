/**
 * Filing an order (a resident's report or a grid worker's patrol report): idempotent on the
 * caller's requestId, photo-checked (the function kit checked the text), routed, then numbered,
 * counted toward the resident's hourly limit and written with its first timeline events in one
 * transaction: only a submit that writes its order takes a number or a place in the hour.
 */
import { createHash } from 'node:crypto'
import type { Channel } from '../../types/catalog'
import { formatDeadline } from '../../types/china-time'
import type { Caller } from '../../types/identity'
import type { SubmitOutput } from '../../types/report'
import { STATUS_GROUP } from '../../types/workorder'
import { computeDeadlines } from '../_core/deadlines'
import { isRepeat, repeatKeyOf } from '../_core/kpis'
import { hourlyCounterKeyOf } from '../_core/numbering'
import { ONLY_WHERE_MESSAGE, saysOnlyWhere } from '../_core/report-text'
import { decideOnSpot, type OnSpotInput, onSpotChange, relationsOf } from '../_core/workflow'
import { AppError, invalidInput, rateLimited } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { isStoreConflict } from '../_platform/store/port'
import { categoryOf } from './catalog'
import { checkPhotos } from './content'
import { routeReport } from './dispatch'
import { calendarFor } from './holiday-settings'
import { notifyHandler } from './notify'
import { nextOrderNumber } from './numbering'
import { newOrderDoc } from './order-doc'
import { eventDoc, eventIdOf, type OrderDoc, ordersOf, systemActor } from './orders'
import { routePatrol } from './patrol-route'
import { orgById } from './places'
import { orderPlaceOf, type UserDoc } from './report-place'
import { workflowSettings } from './settings'
import { eventSnapshot } from './supervision/kpi-write'
import { residentRouteSentence } from './views'

export interface NewOrderInput {
  requestId: string
  source: 'resident' | 'patrol'
  channel: Channel
  categoryCode: string
  /** patrol: the building patrolled; resident: checked against the caller's bound address */
  buildingId?: string
  /** resident: 'home' (their building) or 'elsewhere' with `where` */
  place?: 'home' | 'elsewhere'
  where?: string
  description: string
  photos: string[]
  urgent?: boolean
  /** patrol 当场处置: filed resolved by the reporter, with these after-photos */
  onSpot?: OnSpotInput
}

export const orderIdOf = (callerId: string, requestId: string) =>
  `wo_${createHash('sha256').update(`${callerId}\n${requestId}`).digest('hex').slice(0, 20)}`

export function submitOutputOf(order: OrderDoc): SubmitOutput {
  return {
    id: order._id,
    number: order.number,
    status: order.status,
    handler: {
      kind: order.handlerKind,
      orgId: order.handlerOrgId,
      orgName: order.handlerOrgName,
      ...(order.handlerStaffId ? { staffId: order.handlerStaffId } : {}),
    },
    reason: order.source === 'resident' ? residentRouteSentence(order) : order.routeReason,
    deadlines: { acknowledgeBy: order.acknowledgeBy, resolveBy: order.resolveBy },
  }
}

/**
 * A warm submit's store round trips: the caller's user record (read by the identity adapter), then
 * one transaction holding the day's number, the order, the hourly count and the timeline, then the
 * handler's notification. Reference data (category, place, rules, orgs, rosters, settings) comes
 * from the per-instance cache; open loads are read in one query only when several people could
 * take the order.
 *
 * A repeated requestId is found by the order insert itself (the order id derives from it): that
 * transaction rolls back whole, so a double tap neither uses up a number nor counts twice toward
 * the hourly limit, and answers the order the first tap wrote.
 */
export async function createOrder(platform: Platform, caller: Caller, input: NewOrderInput): Promise<SubmitOutput> {
  const { store, clock } = platform
  const id = orderIdOf(caller.userId, input.requestId)
  const now = clock.now()

  const category = await categoryOf(store, input.categoryCode)
  // the identity adapter read the caller's record already: its address and phone came with the caller
  const reporter: UserDoc = { _id: caller.userId, _v: 0, phone: caller.phone, address: caller.address }
  const where = await orderPlaceOf(store, reporter, input)
  if (input.photos.length === 0 && saysOnlyWhere(input.description, [where.addressLabel, caller.address?.label]))
    throw invalidInput(ONLY_WHERE_MESSAGE)
  const place = where.routing
  const settings = await workflowSettings(store, place.streetId)
  const held = await checkPhotos(platform, caller, [...input.photos, ...(input.onSpot?.photos ?? [])])

  // a patrol report is never routed back to the one who filed it; 当场处置 stays with them
  const decision = input.onSpot
    ? await onSpotHandler(store, place, caller)
    : input.source === 'patrol'
      ? await routePatrol(store, place, { categoryCode: category.code, channel: input.channel }, caller.userId)
      : await routeReport(store, place, { categoryCode: category.code, channel: input.channel })
  const urgent = category.urgent || input.urgent === true
  const calendar = await calendarFor(store, { streetId: place.streetId, communityId: place.estate.communityId })
  const facts = {
    id,
    requestId: input.requestId,
    source: input.source,
    channel: input.channel,
    reporter: { id: caller.userId, name: caller.name, phone: caller.phone ?? null },
    // 未核实住户: a resident whose current house is not verified yet (staff see it on the order)
    reporterUnverified: input.source === 'resident' && caller.householdVerified !== true,
    category,
    place: {
      streetId: place.streetId,
      communityId: place.estate.communityId,
      gridId: place.estate.gridId,
      estateId: place.estate._id,
      buildingId: where.buildingId,
      label: where.addressLabel,
    },
    description: input.description,
    photos: input.photos,
    urgent,
    handler: decision.handler,
    routeReason: decision.reason,
    routeRuleId: decision.ruleId,
    deadlines: computeDeadlines(now, { ...category, urgent }, settings.officeHours, calendar),
    held,
    now,
    repeat:
      input.source === 'resident' &&
      isRepeat(
        caller.recentClosures,
        repeatKeyOf({ buildingId: where.buildingId, categoryCode: category.code }),
        now.toISOString(),
      ),
  }
  const at = now.toISOString()
  const onSpot = input.onSpot ? onSpotChange(now, input.onSpot, settings.autoConfirmDays) : null
  const onSpotVerdict = onSpot
    ? decideOnSpot(
        relationsOf(caller, {
          reporterId: caller.userId,
          source: input.source,
          gridId: place.estate.gridId,
          communityId: place.estate.communityId,
          streetId: place.streetId,
          handlerKind: 'grid',
          handlerOrgId: place.estate.gridId,
          handlerStaffId: caller.userId,
        }),
        caller.userId,
        onSpot,
      )
    : null
  if (onSpotVerdict && !onSpotVerdict.ok) throw new AppError(onSpotVerdict.code, onSpotVerdict.message)
  const limit = input.source === 'resident' ? settings.reportsPerHour : null

  let saved: OrderDoc | null = null
  for (let attempt = 0; saved === null; attempt++) {
    try {
      saved = await store.transaction(async (tx) => {
        const number = await nextOrderNumber(tx, settings.orderPrefix, now)
        const fresh = newOrderDoc({ ...facts, held: held || !!onSpot, number })
        const order =
          onSpot && onSpotVerdict?.ok
            ? { ...fresh, ...onSpot.patch, status: onSpotVerdict.to, statusGroup: STATUS_GROUP[onSpotVerdict.to] }
            : fresh
        // a repeated requestId conflicts here and rolls back the number with it
        const written = await tx.collection<OrderDoc>('workorders').insert(order)
        if (limit !== null) {
          const n = await tx
            .collection('counters')
            .increment(hourlyCounterKeyOf(caller.userId, now), 'n', 1, { max: limit, upsert: true })
          if (n === null) throw rateLimited(`每小时最多提交${limit}条报事，请稍后再试`)
        }
        const events = tx.collection('workorder_events')
        const submitNote = input.source === 'patrol' ? '网格员巡查上报' : ''
        await events.insert(
          eventDoc(
            eventIdOf(id, 0, 0),
            id,
            at,
            null,
            'held',
            {
              action: 'submit',
              note: submitNote,
              photos: input.photos,
            },
            caller,
          ),
        )
        if (onSpot && onSpotVerdict?.ok) {
          for (const [i, e] of onSpot.events.entries()) {
            await events.insert(
              eventDoc(
                eventIdOf(id, 0, 1 + i),
                id,
                at,
                'held',
                onSpotVerdict.states[i],
                {
                  action: e.action,
                  note: e.note,
                  photos: e.photos,
                },
                caller,
              ),
            )
          }
        } else if (!held) {
          await events.insert(
            eventDoc(
              eventIdOf(id, 0, 1),
              id,
              at,
              'held',
              'assigned',
              {
                action: 'dispatch',
                note: decision.reason,
                actor: systemActor('小北派单'),
                kpi: eventSnapshot({
                  handlerOrgId: facts.handler.orgId,
                  handlerKind: facts.handler.kind,
                  ...facts.deadlines,
                }),
              },
              caller,
            ),
          )
        }
        return written
      })
    } catch (error) {
      if (!isStoreConflict(error)) throw error
      // a double tap raced us (or got here first): answer the order it wrote
      const winner = await ordersOf(store).get(id)
      if (winner) return submitOutputOf(winner)
      if (attempt >= 4) throw error
    }
  }
  if (!held && !onSpot) {
    await notifyHandler(
      platform,
      saved,
      'workorder.assigned',
      `新工单 ${saved.number}`,
      `${saved.categoryName} · ${saved.addressLabel}，请在 ${formatDeadline(saved.acknowledgeBy)} 前签收`,
    )
  }
  return submitOutputOf(saved)
}

/** 当场处置: the order stays with the grid worker who handled it, in the grid of the place. */
async function onSpotHandler(
  store: Platform['store'],
  place: Awaited<ReturnType<typeof orderPlaceOf>>['routing'],
  caller: Caller,
): Promise<Awaited<ReturnType<typeof routeReport>>> {
  const grid = await orgById(store, place.estate.gridId)
  return {
    handler: {
      kind: 'grid',
      orgId: place.estate.gridId,
      orgName: grid?.name ?? '',
      staffId: caller.userId,
      staffName: caller.name,
      pool: false,
    },
    reason: `${caller.name}巡查时当场处置`,
    ruleId: 'on_spot',
    contenders: [],
  }
}
