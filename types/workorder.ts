import * as z from 'zod/mini'
import { Channel, HandlerKind } from './catalog'
import { Role } from './identity'
import { DEADLINE_KIND_LABELS, ESCALATION_LABELS, STATUS_LABELS } from './labels'
import { OrderRatingFields } from './rating'

/**
 * Work-order states. FixMyStreet-style groups: open (someone must act), fixed (resolved, waiting
 * for the resident), closed (nothing more happens).
 */
export const WorkOrderStatus = z.enum([
  'held', // 审核中: its photos' content check is pending; not yet dispatched
  'assigned', // dispatched to an org (and a person, or the org's pool)
  'acknowledged', // 签收
  'in_progress', // 处理中
  'resolved', // 办结, waiting for the resident to confirm
  'closed', // confirmed, rated or auto-closed
  'returned', // 退回: wrong handler, waiting for the community to re-dispatch
  'cancelled',
  'rejected', // invalid or duplicate
])
export type WorkOrderStatus = z.infer<typeof WorkOrderStatus>

export const StatusGroup = z.enum(['open', 'fixed', 'closed'])
export type StatusGroup = z.infer<typeof StatusGroup>

export const STATUS_GROUP: Record<WorkOrderStatus, StatusGroup> = {
  held: 'open',
  assigned: 'open',
  acknowledged: 'open',
  in_progress: 'open',
  returned: 'open',
  resolved: 'fixed',
  closed: 'closed',
  cancelled: 'closed',
  rejected: 'closed',
}

export const STATUS_LABEL: Record<WorkOrderStatus, string> = STATUS_LABELS

/** Everything that can happen to an order; each is one row in the transition table and one timeline event. */
export const WorkOrderAction = z.enum([
  'submit',
  'dispatch', // content cleared / re-dispatched by the community
  'acknowledge',
  'progress',
  'resolve',
  'confirm',
  'rate',
  'auto_close',
  'reopen',
  'cancel',
  'reject',
  'transfer',
  'return',
  'grab',
  'escalate', // the sweep: one rung up
  'whistle', // 吹哨: a community admin pulls in a department
  'whistle_report', // the department 报到
  'supervise', // 督办 flag after too many reopens
  'release', // the holder's staff role ended: back to the org's pool
  'follow', // 同问
  'nudge', // 催办: the reporter nudges the holder, at most once per 4 working hours
  'note', // 补充说明: the reporter adds words while the order is open
  'add_photos', // 追加照片: the reporter adds photos while the order is open
  'handle_on_spot', // 当场处置: a patrolling grid worker files and resolves at once, with an after-photo
])
export type WorkOrderAction = z.infer<typeof WorkOrderAction>

export const ACTION_LABEL: Record<WorkOrderAction, string> = {
  submit: '居民提交',
  dispatch: '派单',
  acknowledge: '签收',
  progress: '处理进展',
  resolve: '办结',
  confirm: '确认解决',
  rate: '评价',
  auto_close: '超时自动确认',
  reopen: '不满意重办',
  cancel: '撤销',
  reject: '驳回',
  transfer: '转派',
  return: '退回',
  grab: '抢单',
  escalate: '超时升级',
  whistle: '吹哨',
  whistle_report: '部门报到',
  supervise: '列入督办',
  release: '人员调整，退回待领取',
  follow: '同问',
  nudge: '居民催办',
  note: '补充说明',
  add_photos: '追加照片',
  handle_on_spot: '当场处置',
}

/** Escalation rungs: handler → supervisor (网格长 / 物业经理) → community → street. */
export const EscalationLevel = z.int().check(z.gte(0), z.lte(3))
export const ESCALATION_LABEL = ESCALATION_LABELS

/** Which deadline `nextDeadline` is; null when nobody has to act by a time (closed, held). */
export const DeadlineKind = z.enum(['acknowledge', 'resolve', 'auto_close', 'whistle_report'])
export type DeadlineKind = z.infer<typeof DeadlineKind>
export const DEADLINE_KIND_LABEL: Record<DeadlineKind, string> = DEADLINE_KIND_LABELS

export const Rating = z.object({
  stars: z.int().check(z.gte(1), z.lte(5)),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(12))).check(z.maxLength(6)),
  comment: z.optional(z.string().check(z.maxLength(300))),
  at: z.string(),
  ...OrderRatingFields.shape,
  /** the order's reopenCount when rated: a reopen after it allows one revision */
  reopenCount: z.optional(z.int().check(z.gte(0))),
  /** true once revised (after a reopen closed); the revised value is final */
  revised: z.optional(z.boolean()),
})
export type Rating = z.infer<typeof Rating>

export const Whistle = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  note: z.string(),
  by: z.string(),
  at: z.string(),
  reportBy: z.string(),
  reportedAt: z.nullable(z.string()),
})
export type Whistle = z.infer<typeof Whistle>

/** The stored work order (collection `workorders`). Times are ISO-8601 UTC. */
/**
 * What an order keeps of its category from the day it was filed, so it stays workable if the
 * street later edits or retires the category.
 */
export const CategorySnapshot = z.object({
  name: z.string(),
  urgent: z.boolean(),
  acknowledgeHours: z.number().check(z.positive()),
  resolveHours: z.number().check(z.positive()),
  afterPhotoRequired: z.boolean(),
})
export type CategorySnapshot = z.infer<typeof CategorySnapshot>

export const WorkOrder = z.object({
  _id: z.string(),
  _v: z.int(),
  number: z.string(),
  requestId: z.string(),
  status: WorkOrderStatus,
  statusGroup: StatusGroup,
  source: z.enum(['resident', 'patrol']),
  channel: Channel,
  reporterId: z.string(),
  reporterName: z.string(),
  reporterPhone: z.nullable(z.string()),
  categoryCode: z.string(),
  categoryName: z.string(),
  category: CategorySnapshot,
  /** the street the place belongs to: its settings, its street admin, its top escalation rung */
  streetId: z.string(),
  buildingId: z.string(),
  estateId: z.string(),
  gridId: z.string(),
  communityId: z.string(),
  addressLabel: z.string(),
  description: z.string(),
  urgent: z.boolean(),
  photos: z.array(z.string()),
  afterPhotos: z.array(z.string()),
  handlerKind: HandlerKind,
  handlerOrgId: z.string(),
  handlerOrgName: z.string(),
  /** '' while the order sits in the org's pool (抢单) */
  handlerStaffId: z.string(),
  handlerStaffName: z.string(),
  routeReason: z.string(),
  routeRuleId: z.string(),
  acknowledgeBy: z.string(),
  resolveBy: z.string(),
  /** the deadline the sweep watches: acknowledge-by, then resolve-by, then (fixed) auto-close-at */
  nextDeadline: z.string(),
  escalationLevel: EscalationLevel,
  reopenCount: z.int().check(z.gte(0)),
  supervised: z.boolean(),
  followerCount: z.int().check(z.gte(0)),
  rating: z.nullable(Rating),
  whistle: z.nullable(Whistle),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.nullable(z.string()),
  closedAt: z.nullable(z.string()),
  /** 催办: before this time a new nudge is refused (4 working hours after the last); absent until the first */
  nudgeAfter: z.optional(z.nullable(z.string())),
})
export type WorkOrder = z.infer<typeof WorkOrder>

/** One timeline row (collection `workorder_events`). Never rewritten. */
export const WorkOrderEvent = z.object({
  _id: z.string(),
  orderId: z.string(),
  at: z.string(),
  action: WorkOrderAction,
  actorId: z.string(),
  actorName: z.string(),
  actorRole: z.union([Role, z.literal('system')]),
  fromStatus: z.nullable(WorkOrderStatus),
  toStatus: WorkOrderStatus,
  note: z.string(),
  photos: z.array(z.string()),
  /** supervision's snapshot (absent on events written before it): the holder and deadlines after the event */
  holderOrgId: z.optional(z.string()),
  holderKind: z.optional(HandlerKind),
  acknowledgeBy: z.optional(z.string()),
  resolveBy: z.optional(z.string()),
  /** a rate event: the rating it gave */
  rating: z.optional(Rating),
  /** a return event: returned within the grace after dispatch (not charged) */
  quickReturn: z.optional(z.boolean()),
})
export type WorkOrderEvent = z.infer<typeof WorkOrderEvent>
