/** What a person sees of an order: summaries for lists and the detail page, with privacy applied. */
import type { Caller, Role } from '../../types/identity'
import type { OrderDetail, OrderSummary, TimelineEntry } from '../../types/report'
import { ACTION_LABEL, STATUS_LABEL } from '../../types/workorder'
import { maskPhone } from '../_core/privacy'
import { allowedActions, type Relation } from '../_core/workflow'
import type { Platform } from '../_platform/ports'
import { factsOf } from './act'
import { categoryByCode, orderCategory } from './catalog'
import { photoStates } from './held-orders'
import { eventsOf, type OrderDoc } from './orders'

export const ROLE_LABEL: Record<Role, string> = {
  resident: '居民',
  grid_worker: '网格员',
  grid_leader: '网格长',
  property_staff: '物业维修员',
  property_manager: '物业经理',
  community_admin: '社区管理员',
  street_admin: '街道管理员',
  department_officer: '部门专员',
  system: '系统',
}

const HANDLER_LABEL = { property: '物业', grid: '网格员', community: '社区', department: '职能部门' } as const

export function toSummary(
  order: OrderDoc,
  now: Date,
  options: { followed?: boolean; redacted?: boolean } = {},
): OrderSummary {
  const overdue = order.statusGroup === 'open' && order.nextDeadline < now.toISOString()
  return {
    id: order._id,
    number: order.number,
    status: order.status,
    statusGroup: order.statusGroup,
    statusLabel: STATUS_LABEL[order.status],
    categoryCode: order.categoryCode,
    categoryName: order.categoryName,
    // others' reports (同问 candidates) show no words or room numbers of another resident
    description: options.redacted ? '' : order.description,
    addressLabel: options.redacted ? order.addressLabel.split(' ').slice(0, 2).join(' ') : order.addressLabel,
    urgent: order.urgent,
    createdAt: order.createdAt,
    handlerOrgName: order.handlerOrgName,
    handlerStaffName: order.handlerStaffName,
    nextDeadline: order.nextDeadline,
    overdue,
    escalationLevel: order.escalationLevel,
    supervised: order.supervised,
    followerCount: order.followerCount,
    followed: options.followed ?? false,
    pool: order.statusGroup === 'open' && order.status === 'assigned' && !order.handlerStaffId,
  }
}

export async function toDetail(
  platform: Platform,
  _caller: Caller,
  order: OrderDoc,
  relations: ReadonlySet<Relation>,
): Promise<OrderDetail> {
  const { store, files, clock } = platform
  const [category, events, handlerUser] = await Promise.all([
    Promise.all([orderCategory(store, order), categoryByCode(store, order.categoryCode)]),
    eventsOf(store).find({ where: { orderId: order._id }, orderBy: [['at', 'asc']], limit: 500 }),
    order.handlerStaffId ? store.collection('users').get(order.handlerStaffId) : Promise.resolve(null),
  ])
  const urls = (ids: string[]) => Promise.all(ids.map((id) => files.url(id)))
  const timeline: TimelineEntry[] = await Promise.all(
    events.items.map(async (e) => ({
      id: e._id,
      action: e.action,
      actionLabel: ACTION_LABEL[e.action],
      at: e.at,
      actorName: e.actorName,
      actorRoleLabel: ROLE_LABEL[e.actorRole as Role] ?? '',
      note: e.note,
      photoUrls: await urls(await checkedPhotos(platform, e.photos)),
      toStatus: e.toStatus,
    })),
  )
  const holding = relations.has('holder')
  const reporterPhone = holding
    ? order.reporterPhone
    : relations.has('reporter') || isStaffView(relations)
      ? order.reporterPhone && maskPhone(order.reporterPhone)
      : null
  const handlerPhone = typeof handlerUser?.phone === 'string' ? maskPhone(handlerUser.phone) : null
  const roleLabel = typeof handlerUser?.title === 'string' ? handlerUser.title : HANDLER_LABEL[order.handlerKind]
  const facts = await factsOf(platform, order, 0)
  return {
    ...toSummary(order, clock.now(), { followed: relations.has('follower') && !relations.has('reporter') }),
    version: order._v,
    channel: order.channel,
    source: order.source,
    reporterName: relations.has('reporter') || isStaffView(relations) ? order.reporterName : '',
    reporterPhone: reporterPhone ?? null,
    // photos still in the asynchronous check (or rejected by it) are shown to nobody
    photoUrls: await urls(await checkedPhotos(platform, order.photos)),
    afterPhotoUrls: await urls(order.afterPhotos),
    handler: {
      kind: order.handlerKind,
      orgName: order.handlerOrgName,
      staffName: order.handlerStaffName,
      roleLabel,
      phoneMasked: handlerPhone,
    },
    routeReason: order.routeReason,
    acknowledgeBy: order.acknowledgeBy,
    resolveBy: order.resolveBy,
    reopenCount: order.reopenCount,
    rating: order.rating,
    whistle: order.whistle && {
      departmentName: order.whistle.departmentName,
      note: order.whistle.note,
      reportBy: order.whistle.reportBy,
      reportedAt: order.whistle.reportedAt,
    },
    afterPhotoRequired: category[0].afterPhotoRequired,
    emergencyHint: category[1]?.emergencyHint ?? null,
    timeline,
    actions: allowedActions(relations, facts),
  }
}

async function checkedPhotos(platform: Platform, ids: string[]): Promise<string[]> {
  const states = await photoStates(platform, ids)
  return ids.filter((_, i) => states[i] === 'visible')
}

function isStaffView(relations: ReadonlySet<Relation>): boolean {
  return ['org_member', 'supervisor', 'community', 'street', 'department'].some((r) => relations.has(r as Relation))
}
