/**
 * Filing an order (a resident's report or a grid worker's patrol report): idempotent on the
 * caller's requestId, rate-limited, photo-checked (the function kit checked the text), routed,
 * numbered and written with its first timeline events in one transaction.
 */
import { createHash } from 'node:crypto'
import type { Channel } from '../../types/catalog'
import { formatDeadline, HOUR_MS } from '../../types/china-time'
import type { Caller } from '../../types/identity'
import type { SubmitOutput } from '../../types/report'
import { computeDeadlines } from '../_core/deadlines'
import { rateLimited } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { categoryOf } from './catalog'
import { checkPhotos } from './content'
import { routeReport } from './dispatch'
import { calendarFor } from './holiday-settings'
import { notifyHandler } from './notify'
import { nextOrderNumber } from './numbering'
import { eventDoc, eventIdOf, type OrderDoc, ordersOf, systemActor } from './orders'
import { orderPlaceOf, type UserDoc } from './report-place'
import { pickStaff } from './rosters'
import { workflowSettings } from './settings'

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
    reason: order.routeReason,
    deadlines: { acknowledgeBy: order.acknowledgeBy, resolveBy: order.resolveBy },
  }
}

export async function createOrder(platform: Platform, caller: Caller, input: NewOrderInput): Promise<SubmitOutput> {
  const { store, clock } = platform
  const id = orderIdOf(caller.userId, input.requestId)
  const existing = await ordersOf(store).get(id)
  if (existing) return submitOutputOf(existing)

  const now = clock.now()
  const settings = await workflowSettings(store)
  if (input.source === 'resident') {
    const lastHour = await ordersOf(store).count({
      reporterId: caller.userId,
      createdAt: { gte: new Date(now.getTime() - HOUR_MS).toISOString() },
    })
    if (lastHour >= settings.reportsPerHour) {
      throw rateLimited(`每小时最多提交${settings.reportsPerHour}条报事，请稍后再试`)
    }
  }

  const category = await categoryOf(store, input.categoryCode)
  const reporter = await store.collection<UserDoc>('users').get(caller.userId)
  const where = await orderPlaceOf(store, reporter, input)
  const place = where.routing
  const held = await checkPhotos(platform, caller, input.photos)

  const decision = await routeReport(store, place, { categoryCode: category.code, channel: input.channel })
  let staff = decision.handler.staffId ? { id: decision.handler.staffId, name: decision.handler.staffName ?? '' } : null
  // communities and departments have no pool screen of their own: their admin or officer takes it
  if (!staff && (decision.handler.kind === 'community' || decision.handler.kind === 'department')) {
    staff = await pickStaff(store, decision.handler.kind, decision.handler.orgId)
  }
  const urgent = category.urgent || input.urgent === true
  const calendar = await calendarFor(store, place.estate)
  const deadlines = computeDeadlines(now, { ...category, urgent }, settings.officeHours, calendar)
  const number = await nextOrderNumber(store, now)
  const at = now.toISOString()
  const status = held ? 'held' : 'assigned'
  const order = {
    _id: id,
    number,
    requestId: input.requestId,
    requestKey: `${caller.userId}:${input.requestId}`,
    status,
    statusGroup: 'open',
    source: input.source,
    channel: input.channel,
    reporterId: caller.userId,
    reporterName: caller.name,
    reporterPhone: typeof reporter?.phone === 'string' ? reporter.phone : null,
    // 未核实住户: a resident whose current house is not verified yet (staff see it on the order)
    reporterUnverified: input.source === 'resident' && reporter?.householdVerified !== true,
    categoryCode: category.code,
    categoryName: category.name,
    buildingId: where.buildingId,
    estateId: place.estate._id,
    gridId: place.estate.gridId,
    communityId: place.estate.communityId,
    addressLabel: where.addressLabel,
    description: input.description,
    urgent,
    photos: input.photos,
    afterPhotos: [],
    handlerKind: decision.handler.kind,
    handlerOrgId: decision.handler.orgId,
    handlerOrgName: decision.handler.orgName,
    handlerStaffId: staff?.id ?? '',
    handlerStaffName: staff?.name ?? '',
    routeReason: decision.reason,
    routeRuleId: decision.ruleId,
    acknowledgeBy: deadlines.acknowledgeBy,
    resolveBy: deadlines.resolveBy,
    nextDeadline: deadlines.acknowledgeBy,
    escalationLevel: 0,
    reopenCount: 0,
    supervised: false,
    followerCount: 0,
    rating: null,
    whistle: null,
    whistleDeptId: '',
    createdAt: at,
    updatedAt: at,
    resolvedAt: null,
    closedAt: null,
  } satisfies Omit<OrderDoc, '_v'>

  try {
    await store.transaction(async (tx) => {
      await tx.collection<OrderDoc>('workorders').insert(order)
      const events = tx.collection('workorder_events')
      const submitNote = input.source === 'patrol' ? '网格员巡查上报' : ''
      await events.insert(
        eventDoc(
          eventIdOf(id, 0, 0),
          id,
          at,
          null,
          'held',
          { action: 'submit', note: submitNote, photos: input.photos },
          caller,
        ),
      )
      if (!held) {
        await events.insert(
          eventDoc(
            eventIdOf(id, 0, 1),
            id,
            at,
            'held',
            'assigned',
            { action: 'dispatch', note: decision.reason, actor: systemActor('小北派单') },
            caller,
          ),
        )
      }
    })
  } catch (error) {
    // a double tap raced us: the other request wrote the same order id
    if (error instanceof Error && error.name === 'StoreConflictError') {
      const winner = await ordersOf(store).get(id)
      if (winner) return submitOutputOf(winner)
    }
    throw error
  }
  const saved = { ...order, _v: 1 } as OrderDoc
  if (!held) {
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
