/**
 * Inputs and outputs of the `report` (residents) and `workorder` (staff) functions: the one source
 * of truth for the client and the functions.
 */
import * as z from 'zod/mini'
import { CategoryCode, Channel, HandlerKind } from './catalog'
import { FILE_ID_PATTERN } from './file-id'
import { OrderRatingFields } from './rating'
import { DeadlineKind, Rating, StatusGroup, WorkOrderAction, WorkOrderStatus } from './workorder'

export const FileId = z.string().check(z.regex(FILE_ID_PATTERN, '照片编号格式有误'))
const Id = z.string().check(z.minLength(1), z.maxLength(64))
const Cursor = z.nullish(z.string().check(z.maxLength(512)))
const Photos = z.array(FileId).check(z.maxLength(9, '最多上传9张照片'))
const Reason = z.string().check(z.trim(), z.minLength(2, '请写明原因（至少2个字）'), z.maxLength(200))

// ---------- report (residents) ----------

/**
 * Where a report is about: 'home' (the caller's own bound building, the default) or 'elsewhere' (a
 * road, a park: outside home), then `where` says where in words and the order carries no household
 * address. The server checks `buildingId` against the caller's bound address.
 */
export const ReportPlace = z.enum(['home', 'elsewhere'])

export const SubmitInput = z
  .object({
    requestId: z.string().check(z.minLength(8), z.maxLength(64)),
    channel: Channel,
    categoryCode: CategoryCode,
    /** the caller's own bound building (place 'home') */
    buildingId: z.optional(Id),
    place: z._default(ReportPlace, 'home'),
    where: z.optional(z.string().check(z.trim(), z.minLength(2, '请写明问题在哪里（至少2个字）'), z.maxLength(100))),
    description: z.string().check(z.trim(), z.minLength(2, '请简单描述问题（至少2个字）'), z.maxLength(500)),
    photos: z._default(Photos, []),
    urgent: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (input.place === 'home' && !input.buildingId)
        ctx.addIssue({ code: 'custom', path: ['buildingId'], message: '请选择楼栋' })
      if (input.place === 'elsewhere' && !input.where)
        ctx.addIssue({ code: 'custom', path: ['where'], message: '请写明问题在哪里（至少2个字）' })
    }),
  )
export type SubmitInput = z.input<typeof SubmitInput>

export const HandlerRef = z.object({
  kind: HandlerKind,
  orgId: z.string(),
  orgName: z.string(),
  staffId: z.optional(z.string()),
})

export const SubmitOutput = z.object({
  id: z.string(),
  number: z.string(),
  status: WorkOrderStatus,
  handler: HandlerRef,
  reason: z.string(),
  deadlines: z.object({ acknowledgeBy: z.string(), resolveBy: z.string() }),
})
export type SubmitOutput = z.infer<typeof SubmitOutput>

export const ListInput = z.object({ cursor: Cursor, limit: z._default(z.int().check(z.gte(1), z.lte(50)), 20) })
/** report.mine */
export const MineInput = ListInput

/** A row in 我的报事 and in the staff inbox. */
export const OrderSummary = z.object({
  id: z.string(),
  number: z.string(),
  status: WorkOrderStatus,
  statusGroup: StatusGroup,
  statusLabel: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  description: z.string(),
  addressLabel: z.string(),
  urgent: z.boolean(),
  createdAt: z.string(),
  handlerOrgName: z.string(),
  handlerStaffName: z.string(),
  /** the caller holds this order (decided by id on the server, never by name) */
  mine: z.boolean(),
  /** the deadline someone must act by; null once nobody has to (closed, or held for a photo check) */
  nextDeadline: z.nullable(z.string()),
  /** which deadline `nextDeadline` is; null with it */
  deadlineKind: z.nullable(DeadlineKind),
  overdue: z.boolean(),
  escalationLevel: z.number(),
  supervised: z.boolean(),
  followerCount: z.number(),
  /** the caller follows (同问) this order rather than having filed it */
  followed: z.boolean(),
  /** sits in the org's pool: anyone in the org may grab it */
  pool: z.boolean(),
  /** staff lists only: the reporter's house is not verified yet (未核实住户) */
  unverifiedReporter: z.optional(z.boolean()),
  /** staff lists only: the department whistled in (吹哨) and its own 报到 deadline */
  whistle: z.optional(
    z.nullable(
      z.object({
        departmentId: z.string(),
        departmentName: z.string(),
        reportBy: z.string(),
        reportedAt: z.nullable(z.string()),
      }),
    ),
  ),
  /** staff lists only: filed on a grid worker's patrol (巡查上报) */
  patrol: z.optional(z.boolean()),
})
export type OrderSummary = z.infer<typeof OrderSummary>

/** The home page's 我的报事 counts (`report.counts`): the caller's own reports, all of them. */
export const CountsOutput = z.object({ open: z.int(), fixed: z.int() })
export type CountsOutput = z.infer<typeof CountsOutput>

export const ListOutput = z.object({ items: z.array(OrderSummary), nextCursor: z.nullable(z.string()) })
export type ListOutput = z.infer<typeof ListOutput>

export const ByIdInput = z.object({ id: Id })
/** report.detail and workorder.detail */
export const DetailInput = ByIdInput
/** report.confirm */
export const ConfirmInput = ByIdInput
/** report.follow (同问) */
export const FollowInput = ByIdInput

export const TimelineEntry = z.object({
  id: z.string(),
  action: WorkOrderAction,
  actionLabel: z.string(),
  at: z.string(),
  actorName: z.string(),
  actorRoleLabel: z.string(),
  note: z.string(),
  photoUrls: z.array(z.string()),
  toStatus: WorkOrderStatus,
})
export type TimelineEntry = z.infer<typeof TimelineEntry>

export const OrderDetail = z.extend(OrderSummary, {
  version: z.number(),
  channel: Channel,
  source: z.enum(['resident', 'patrol']),
  reporterName: z.string(),
  /** full number only for staff who hold the order; masked otherwise; null for residents viewing others */
  reporterPhone: z.nullable(z.string()),
  photoUrls: z.array(z.string()),
  afterPhotoUrls: z.array(z.string()),
  handler: z.object({
    kind: HandlerKind,
    orgName: z.string(),
    staffName: z.string(),
    roleLabel: z.string(),
    phoneMasked: z.nullable(z.string()),
  }),
  routeReason: z.string(),
  acknowledgeBy: z.string(),
  resolveBy: z.string(),
  reopenCount: z.number(),
  rating: z.nullable(Rating),
  whistle: z.nullable(
    z.object({
      departmentName: z.string(),
      note: z.string(),
      reportBy: z.string(),
      reportedAt: z.nullable(z.string()),
    }),
  ),
  afterPhotoRequired: z.boolean(),
  emergencyHint: z.nullable(z.string()),
  /** the hint's tap-to-call numbers (119, the gas company's…), from the category as it is now */
  emergencyCalls: z.optional(z.array(z.object({ label: z.string(), phone: z.string() }))),
  timeline: z.array(TimelineEntry),
  /** 催办: the reporter's next nudge waits until this time; null when they may nudge now (or never nudged) */
  nudgeAfter: z.optional(z.nullable(z.string())),
  /** the handling org's service phone (a desk number, never a staff member's own); null when none is on record */
  servicePhone: z.optional(z.nullable(z.string())),
  /** what the caller may do now, e.g. ['confirm','rate','reopen'] or ['acknowledge','return'] */
  actions: z.array(WorkOrderAction),
})
export type OrderDetail = z.infer<typeof OrderDetail>

/** 同问 candidates: the building is the caller's own bound building, read by the server (a client's buildingId is ignored). */
export const SimilarInput = z.object({ categoryCode: CategoryCode })
export const SimilarOutput = z.object({
  items: z.array(OrderSummary),
  /** the caller's own open reports of this category in their building: offer 补充说明 before a duplicate */
  own: z.array(OrderSummary),
})
export type SimilarOutput = z.infer<typeof SimilarOutput>

export const RateInput = z.object({
  id: Id,
  stars: z.int().check(z.gte(1, '请选择星级'), z.lte(5)),
  tags: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(12))).check(z.maxLength(6)), []),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(300))),
  ...OrderRatingFields.shape,
})
export const ReasonInput = z.object({ id: Id, reason: Reason })
/** report.reopen (不满意重办) */
export const ReopenInput = ReasonInput
export const CancelInput = z.object({ id: Id, reason: z.optional(z.string().check(z.trim(), z.maxLength(200))) })
/** report.nudge (催办) */
export const NudgeInput = ByIdInput
/** report.note (补充说明) */
export const NoteInput = z.object({
  id: Id,
  note: z
    .string()
    .check(z.trim(), z.minLength(2, '请写下要补充的内容（至少2个字）'), z.maxLength(300, '补充说明最多300字')),
})
/** report.addPhotos (追加照片) */
export const AddPhotosInput = z.object({
  id: Id,
  /** at least one: an empty list is refused by the action with 请先选择照片 */
  photos: z.array(FileId).check(z.maxLength(9, '最多上传9张照片')),
  note: z.optional(z.string().check(z.trim(), z.maxLength(300))),
})

/** Every state-changing action answers with the order after the change. */
export const ActionOutput = z.object({ id: z.string(), status: WorkOrderStatus, version: z.number() })
export type ActionOutput = z.infer<typeof ActionOutput>

export { RATING_TAGS } from './labels'

// ---------- workorder (staff) ----------

/** 'open': everything open in the scope (在办); 'reported': the orders the caller filed on patrol (我上报的) */
export const InboxFilter = z.enum(['todo', 'pool', 'overdue', 'resolved', 'all', 'open', 'reported'])
export const InboxInput = z.object({
  filter: z._default(InboxFilter, 'todo'),
  categoryCode: z.optional(CategoryCode),
  cursor: Cursor,
  limit: z._default(z.int().check(z.gte(1), z.lte(50)), 20),
})
export const InboxOutput = z.extend(ListOutput, {
  /**
   * every tab's count but 全部's (the whole history, not counted); `todo` is only what the viewer must
   * act on (for admins: returned orders to re-dispatch)
   */
  counts: z.object({
    todo: z.number(),
    pool: z.number(),
    overdue: z.number(),
    open: z.optional(z.number()),
    resolved: z.optional(z.number()),
    all: z.optional(z.number()),
    reported: z.optional(z.number()),
  }),
  /** the categories the caller's org handles (the category filter); null: every category */
  categoryCodes: z.optional(z.nullable(z.array(z.string()))),
  /** frontline staff (grid worker, property staff): on duty for new orders; null for other roles */
  onDuty: z.nullable(z.boolean()),
})
export type InboxOutput = z.infer<typeof InboxOutput>

/** `version` (from detail) makes a stale tap fail with CONFLICT instead of overwriting. */
const Versioned = z.object({ id: Id, version: z.optional(z.int().check(z.positive())) })
export const AcknowledgeInput = Versioned
export const ProgressInput = z.extend(Versioned, {
  note: z.string().check(z.trim(), z.minLength(2, '请填写处理进展'), z.maxLength(300)),
  photos: z._default(Photos, []),
})
export const ResolveInput = z.extend(Versioned, {
  note: z.string().check(z.trim(), z.minLength(2, '请填写办结说明'), z.maxLength(300)),
  photos: z._default(Photos, []),
})
export const TransferInput = z.extend(Versioned, {
  toKind: HandlerKind,
  toOrgId: Id,
  reason: Reason,
})
export const ReturnInput = z.extend(Versioned, { reason: Reason })
export const RejectInput = z.extend(Versioned, { reason: Reason })
export const GrabInput = Versioned
/** 吹哨 (`workorder.whistle`; `workorder.escalate` is its deprecated alias for one release) */
export const WhistleInput = z.extend(Versioned, {
  departmentId: Id,
  note: z.string().check(z.trim(), z.minLength(2, '请写明需要部门协助的事项'), z.maxLength(300)),
})
export const WhistleReportInput = Versioned
/**
 * 巡查上报. `buildingId` is the building patrolled, or (place 'elsewhere': a road, a square, an
 * estate's public area) the nearest building, with `where` in words. `handle` 'on_spot' (当场处置)
 * files the order already resolved by the reporter, with `onSpot`'s note and after-photos;
 * 'dispatch' (派给) routes it as a report, never to the reporter.
 */
export const PatrolInput = z
  .object({
    requestId: z.string().check(z.minLength(8), z.maxLength(64)),
    categoryCode: CategoryCode,
    buildingId: Id,
    place: z._default(ReportPlace, 'home'),
    where: z.optional(z.string().check(z.trim(), z.minLength(2, '请写明问题在哪里（至少2个字）'), z.maxLength(100))),
    description: z.string().check(z.trim(), z.minLength(2), z.maxLength(500)),
    photos: z._default(Photos, []),
    urgent: z.optional(z.boolean()),
    handle: z._default(z.enum(['dispatch', 'on_spot']), 'dispatch'),
    onSpot: z.optional(
      z.object({
        note: z.string().check(z.trim(), z.minLength(2, '请填写处置情况（至少2个字）'), z.maxLength(300)),
        photos: z.array(FileId).check(z.minLength(1, '当场处置需上传处置后照片'), z.maxLength(9, '最多上传9张照片')),
      }),
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (input.place === 'elsewhere' && !input.where)
        ctx.addIssue({ code: 'custom', path: ['where'], message: '请写明问题在哪里（至少2个字）' })
      if (input.handle === 'on_spot' && !input.onSpot)
        ctx.addIssue({ code: 'custom', path: ['onSpot'], message: '当场处置需填写处置情况并上传处置后照片' })
    }),
  )
export const SweepOutput = z.object({
  escalated: z.number(),
  autoClosed: z.number(),
  whistleOverdue: z.number(),
  /** orders held for a photo check and now dispatched */
  released: z.number(),
  /** certificate requests past their promised time limit, escalated once */
  certificatesEscalated: z.optional(z.number()),
  checkedAt: z.string(),
})
export type SweepOutput = z.infer<typeof SweepOutput>

/** `workorder.targets`: the orgs this order may be transferred to, and the departments it may whistle in. */
export const TargetsInput = z.object({ id: Id })
export const TargetGroup = z.enum(['estate', 'local', 'department', 'other'])
export type TargetGroup = z.infer<typeof TargetGroup>
export { TARGET_GROUP_LABEL } from './labels'
export const TargetsOutput = z.object({
  /** grouped, the right ones first: this estate's company, this grid and community, departments, others */
  orgs: z.array(z.object({ id: z.string(), kind: HandlerKind, name: z.string(), group: z.optional(TargetGroup) })),
})
