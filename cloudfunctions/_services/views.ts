/**
 * What a person sees of an order: a view per audience. The owner (the reporter) and staff in scope
 * see the order in full (staff: the phone only while they hold it); a neighbour who follows (同问)
 * sees only the neighbour view: category, building, status, and the staff and system steps (action,
 * time, role), never the reporter's words, name, room, phone or photos, nor who else follows.
 */
import type { Category } from '../../types/catalog'
import type { Caller, Role } from '../../types/identity'
import { HANDLER_KIND_LABELS, RESIDENT_STATUS_LABELS, ROLE_LABEL } from '../../types/labels'
import type { OrderDetail, OrderSummary, TimelineEntry } from '../../types/report'
import { ACTION_LABEL, STATUS_LABEL, type WorkOrderAction } from '../../types/workorder'
import { maskPhone } from '../_core/privacy'
import { allowedActions, type Relation } from '../_core/workflow'
import type { Platform } from '../_platform/ports'
import { factsOf } from './act'
import { categoryByCode, orderCategory } from './catalog'
import { deadlineKindOf } from './order-deadlines'
import { type EventDoc, eventsOf, type OrderDoc } from './orders'
import { photoStates } from './photos'
import { orgById } from './places'
import { ELSEWHERE_LABEL } from './report-place'
import { staffContactOf } from './staff-contact'

export { ROLE_LABEL }

/**
 * One order as a list row. `viewerId` is the caller: `mine` (they hold it) is decided here, by id.
 * `nextDeadline` and `deadlineKind` are null once nobody has to act by a time, so no sentinel date
 * reaches a client.
 */
export function toSummary(
  order: OrderDoc,
  now: Date,
  options: { viewerId?: string; followed?: boolean; staff?: boolean; resident?: boolean } = {},
): OrderSummary {
  const overdue = order.statusGroup === 'open' && order.nextDeadline < now.toISOString()
  const deadlineKind = deadlineKindOf(order)
  return {
    id: order._id,
    number: order.number,
    status: order.status,
    statusGroup: order.statusGroup,
    statusLabel: (options.resident ? RESIDENT_STATUS_LABELS : STATUS_LABEL)[order.status],
    categoryCode: order.categoryCode,
    categoryName: order.categoryName,
    // others' reports (同问 candidates) show no words or room numbers of another resident
    description: order.description,
    addressLabel: order.addressLabel,
    urgent: order.urgent,
    createdAt: order.createdAt,
    handlerOrgName: order.handlerOrgName,
    handlerStaffName: order.handlerStaffName,
    mine: !!options.viewerId && order.handlerStaffId === options.viewerId,
    nextDeadline: deadlineKind ? order.nextDeadline : null,
    deadlineKind,
    overdue,
    escalationLevel: order.escalationLevel,
    supervised: order.supervised,
    followerCount: order.followerCount,
    followed: options.followed ?? false,
    pool: order.statusGroup === 'open' && order.status === 'assigned' && !order.handlerStaffId,
    ...(options.staff
      ? {
          unverifiedReporter: order.reporterUnverified === true,
          whistle: order.whistle
            ? {
                departmentId: order.whistle.departmentId,
                departmentName: order.whistle.departmentName,
                reportBy: order.whistle.reportBy,
                reportedAt: order.whistle.reportedAt,
              }
            : null,
          patrol: order.source === 'patrol',
        }
      : {}),
  }
}

/** Who reads a detail: the reporter, staff in scope of the order, or a neighbour who follows it. */
export type Audience = 'owner' | 'staff' | 'neighbour'

export function audienceOf(relations: ReadonlySet<Relation>): Audience | null {
  if (relations.has('reporter')) return 'owner'
  if (isStaffView(relations)) return 'staff'
  if (relations.has('follower')) return 'neighbour'
  return null
}

/** The building an order is about, without unit or room; '其他地方' for a report about a place outside home. */
export function buildingLabelOf(order: OrderDoc): string {
  return order.buildingId ? order.addressLabel.split(' ').slice(0, 2).join(' ') : ELSEWHERE_LABEL
}

/**
 * A row of someone else's order, as a neighbour may see it (同问 candidates, followed rows in 我的报事):
 * no words, no room, no staff name.
 */
export function neighbourSummary(order: OrderDoc, now: Date, followed: boolean): OrderSummary {
  return {
    ...toSummary(order, now, { followed, resident: true }),
    description: '',
    addressLabel: buildingLabelOf(order),
    handlerStaffName: '',
  }
}

/**
 * Who took a resident's report, in a plain sentence: residents never read the routing rule
 * ("…按类别默认分派"); staff keep the rule's reason.
 */
export function residentRouteSentence(
  order: Pick<OrderDoc, 'handlerOrgName' | 'handlerKind' | 'routeReason' | 'handlerStaffId'>,
): string {
  const noProperty = order.handlerKind !== 'property' && order.routeReason.includes('无物业') ? '（本小区无物业）' : ''
  const who = `已派给 ${order.handlerOrgName}（${HANDLER_KIND_LABELS[order.handlerKind]}）`
  return order.handlerStaffId ? `${who}处理${noProperty}` : `${who}，等待工作人员接单${noProperty}`
}

/** A resident reads their own report (not a grid worker's patrol report they filed as staff). */
export const readsAsResident = (audience: Audience, order: Pick<OrderDoc, 'source'>) =>
  audience === 'owner' && order.source === 'resident'

/** Staff photos a neighbour may see: those a staff member attached to progress or to 办结. */
const STAFF_PHOTO_ACTIONS: readonly WorkOrderAction[] = ['progress', 'resolve']
const isStaffRole = (role: string) => role !== 'resident' && role !== 'system' && role in ROLE_LABEL

export async function toDetail(
  platform: Platform,
  caller: Caller,
  order: OrderDoc,
  relations: ReadonlySet<Relation>,
): Promise<OrderDetail> {
  const audience = audienceOf(relations)
  if (!audience) throw new Error('toDetail: the caller has no view of this order')
  const [category, events] = await Promise.all([
    categoryTermsOf(platform, order),
    eventsOf(platform.store).find({ where: { orderId: order._id }, orderBy: [['at', 'asc']], limit: 500 }),
  ])
  return audience === 'neighbour'
    ? neighbourDetail(platform, order, category, events.items)
    : fullDetail(platform, caller, order, relations, category, events.items, readsAsResident(audience, order))
}

type CategoryInfo = Pick<Category, 'afterPhotoRequired' | 'emergencyHint' | 'emergencyCalls'> | null

/** What a detail shows of the category: the order's own terms, and the hint while the category exists. */
async function categoryTermsOf(platform: Platform, order: OrderDoc): Promise<CategoryInfo> {
  const [terms, current] = await Promise.all([
    orderCategory(platform.store, order),
    categoryByCode(platform.store, order.categoryCode),
  ])
  return {
    afterPhotoRequired: terms.afterPhotoRequired,
    emergencyHint: current?.emergencyHint,
    emergencyCalls: current?.emergencyCalls,
  }
}

/** The reporter's and staff's view: everything, except who follows (a follow row names nobody). */
async function fullDetail(
  platform: Platform,
  caller: Caller,
  order: OrderDoc,
  relations: ReadonlySet<Relation>,
  category: CategoryInfo,
  events: EventDoc[],
  resident: boolean,
): Promise<OrderDetail> {
  const { store, files, clock } = platform
  // the org's desk phone is public (a call button); a staff member's own number stays masked
  const [handlerContact, org] = await Promise.all([
    order.handlerStaffId ? staffContactOf(store, caller, order.handlerStaffId) : null,
    orgById(store, order.handlerOrgId),
  ])
  const urls = (ids: string[]) => Promise.all(ids.map((id) => files.url(id)))
  const timeline: TimelineEntry[] = await Promise.all(
    events.map(async (e, i) => {
      const follow = e.action === 'follow'
      return {
        // rows written before follows were anonymous carried the follower's user id in their id
        id: follow ? `${e._id.split('_f_')[0]}_follow${i}` : e._id,
        action: e.action,
        actionLabel: ACTION_LABEL[e.action],
        at: e.at,
        actorName: follow ? '' : e.actorName,
        actorRoleLabel: ROLE_LABEL[e.actorRole as Role] ?? '',
        note: follow ? '' : resident && e.action === 'dispatch' && e.actorRole === 'system' ? '' : e.note,
        photoUrls: follow ? [] : await urls(await checkedPhotos(platform, e.photos)),
        toStatus: e.toStatus,
      }
    }),
  )
  const holding = relations.has('holder')
  const reporterPhone = holding ? order.reporterPhone : order.reporterPhone && maskPhone(order.reporterPhone)
  const handlerPhone = handlerContact?.phoneMasked ?? null
  const roleLabel = handlerContact?.title ?? HANDLER_KIND_LABELS[order.handlerKind]
  const facts = await factsOf(platform, order, 0, clock.now())
  return {
    ...toSummary(order, clock.now(), {
      viewerId: caller.userId,
      followed: relations.has('follower') && !relations.has('reporter'),
      resident,
    }),
    version: order._v,
    channel: order.channel,
    source: order.source,
    reporterName: order.reporterName,
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
    routeReason: resident ? residentRouteSentence(order) : order.routeReason,
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
    afterPhotoRequired: category?.afterPhotoRequired ?? false,
    emergencyHint: category?.emergencyHint ?? null,
    emergencyCalls: category?.emergencyCalls ?? [],
    timeline,
    nudgeAfter: resident && order.nudgeAfter && order.nudgeAfter > clock.now().toISOString() ? order.nudgeAfter : null,
    servicePhone: org?.phone || null,
    actions: allowedActions(relations, facts),
  }
}

/**
 * The neighbour view, field by field: what the order is and how far it has come. The timeline keeps
 * the staff and system steps only (action, time, role); no notes (staff write rooms and names into
 * them); photos only from staff progress and 办结.
 */
async function neighbourDetail(
  platform: Platform,
  order: OrderDoc,
  category: CategoryInfo,
  events: EventDoc[],
): Promise<OrderDetail> {
  const urls = async (ids: string[]) =>
    Promise.all((await checkedPhotos(platform, ids)).map((id) => platform.files.url(id)))
  const timeline: TimelineEntry[] = await Promise.all(
    events
      .filter((e) => e.actorRole === 'system' || isStaffRole(e.actorRole))
      .map(async (e) => ({
        id: e._id,
        action: e.action,
        actionLabel: ACTION_LABEL[e.action],
        at: e.at,
        actorName: '',
        actorRoleLabel: ROLE_LABEL[e.actorRole as Role] ?? '',
        note: '',
        photoUrls: e.actorRole !== 'system' && STAFF_PHOTO_ACTIONS.includes(e.action) ? await urls(e.photos) : [],
        toStatus: e.toStatus,
      })),
  )
  return {
    ...neighbourSummary(order, platform.clock.now(), true),
    version: order._v,
    channel: order.channel,
    source: order.source,
    reporterName: '',
    reporterPhone: null,
    photoUrls: [],
    afterPhotoUrls: await urls(order.afterPhotos),
    handler: {
      kind: order.handlerKind,
      orgName: order.handlerOrgName,
      staffName: '',
      roleLabel: HANDLER_KIND_LABELS[order.handlerKind],
      phoneMasked: null,
    },
    routeReason: residentRouteSentence(order),
    acknowledgeBy: order.acknowledgeBy,
    resolveBy: order.resolveBy,
    reopenCount: order.reopenCount,
    rating: null,
    whistle: order.whistle && {
      departmentName: order.whistle.departmentName,
      note: '',
      reportBy: order.whistle.reportBy,
      reportedAt: order.whistle.reportedAt,
    },
    afterPhotoRequired: category?.afterPhotoRequired ?? false,
    emergencyHint: category?.emergencyHint ?? null,
    emergencyCalls: category?.emergencyCalls ?? [],
    timeline,
    actions: [],
  }
}

const NOTICE_PHRASE: Record<string, string> = {
  'workorder.acknowledged': '已有工作人员签收，正在处理',
  'workorder.resolved': '已办结',
  'workorder.rejected': '未受理',
  'workorder.escalated': '处理超时，已升级督办',
}

/** What a follower is told when an order they 同问 changes: the neighbour view, in one line. */
export function neighbourNotice(order: OrderDoc, template: string): { title: string; body: string } {
  const phrase = NOTICE_PHRASE[template] ?? `当前状态：${STATUS_LABEL[order.status]}`
  return {
    title: '您同问的报事有新进展',
    body: `${order.categoryName}（${buildingLabelOf(order)}）${phrase}`,
  }
}

async function checkedPhotos(platform: Platform, ids: string[]): Promise<string[]> {
  const states = await photoStates(platform, ids)
  return ids.filter((_, i) => states[i] === 'visible')
}

function isStaffView(relations: ReadonlySet<Relation>): boolean {
  return ['org_member', 'supervisor', 'community', 'street', 'department'].some((r) => relations.has(r as Relation))
}
