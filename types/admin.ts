/**
 * Street administration (function `admin`): the street's catalogue, routing rules, settings and
 * 放假安排 as editable data. Every edit carries the version it was made against (a concurrent edit is
 * CONFLICT with the current record), is validated, and appends an audit row.
 */
import { z } from 'zod'
import { Category, CategoryCode, Channel, HandlerKind, OfficeHours } from './catalog'
import { HolidayArrangement } from './holidays'

const Id = z.string().trim().min(1).max(64)
/** the `_v` the edit was made against; absent only when creating */
const Version = z.number().int().positive()

export const CategoriesInput = z.object({})
export const SaveCategoryInput = z.object({ category: Category, expectedVersion: Version.optional() })
export type SaveCategoryInput = z.infer<typeof SaveCategoryInput>

export const RulesInput = z.object({ categoryCode: CategoryCode.optional(), estateId: Id.optional() })
/** a rule as an admin edits it: a new one has no id yet */
export const RuleDraft = z.object({
  id: Id.regex(/^[a-z0-9][a-z0-9_-]*$/, '规则编号只含小写字母、数字、-和_').optional(),
  categoryCode: CategoryCode.nullable(),
  estateId: Id.nullable(),
  handler: HandlerKind,
  orgId: Id.nullable(),
  priority: z.number().int().min(0).max(1000),
  reason: z.string().trim().min(2, '请写明分派理由').max(60),
  active: z.boolean(),
})
export type RuleDraft = z.infer<typeof RuleDraft>
export const SaveRuleInput = z.object({ rule: RuleDraft, expectedVersion: Version.optional() })
export const RemoveRuleInput = z.object({ id: Id, expectedVersion: Version })

export const TryRouteInput = z.object({
  buildingId: Id,
  categoryCode: CategoryCode,
  channel: Channel,
  /** the rule as it would be saved: the answer shows routing now and after */
  draftRule: RuleDraft.optional(),
})
export const RouteOutcome = z.object({
  kind: HandlerKind,
  orgId: z.string(),
  orgName: z.string(),
  staffName: z.string().nullable(),
  pool: z.boolean(),
  reason: z.string(),
  ruleId: z.string(),
})
export type RouteOutcome = z.infer<typeof RouteOutcome>
export const TryRouteOutput = z.object({
  now: RouteOutcome,
  after: RouteOutcome.nullable(),
  /** open orders the draft would route elsewhere; they are never moved by saving it */
  affectedOpenOrders: z.object({ count: z.number().int(), numbers: z.array(z.string()) }),
})

/** What a street may set for itself (see _services/settings.ts for the defaults). */
export const StreetSettingsDraft = z
  .object({
    officeHours: OfficeHours,
    autoConfirmDays: z.number().int().min(1).max(30),
    whistleReportHours: z.number().positive().max(240),
    redispatchHours: z.number().positive().max(240),
    reportsPerHour: z.number().int().min(1).max(100),
    orderPrefix: z.string().regex(/^[A-Z]{1,4}$/, '编号前缀为1–4个大写字母'),
    escalationGraceHours: z.tuple([z.number().positive(), z.number().positive(), z.number().positive()]),
    /** the street's own content-check words, on top of the platform's check (1–20 characters each) */
    blockedWords: z.array(z.string().trim().min(1, '词语不能为空').max(20, '每个词最多20个字')).max(500, '最多500个词'),
  })
  .partial()
export const SettingsInput = z.object({})
export const SaveSettingsInput = z.object({ settings: StreetSettingsDraft, expectedVersion: Version.optional() })

export const HolidaysInput = z.object({ year: z.number().int().min(2000).max(2100) })
export const SaveHolidaysInput = z.object({ arrangement: HolidayArrangement, expectedVersion: Version.optional() })

/** every admin write, as its audit rows name it */
export const AUDITED_ACTIONS = [
  'admin.saveCategory',
  'admin.saveRule',
  'admin.removeRule',
  'admin.saveSettings',
  'admin.saveHolidays',
  'admin.savePlace',
  'admin.importPlaces',
  'admin.saveOrg',
  'board.compute',
  'board.publish',
  'board.appeal',
  'board.decideAppeal',
  'board.veto',
  'board.checklist',
  'rating.reviewHeld',
] as const
export type AuditedAction = (typeof AUDITED_ACTIONS)[number]

export const AuditInput = z.object({
  action: z.enum(AUDITED_ACTIONS).optional(),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).default(50),
})
/** the same filter as `audit`, all pages, as an .xlsx the caller downloads */
export const AuditExportInput = z.object({ action: z.enum(AUDITED_ACTIONS).optional() })
export const AuditRow = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  role: z.string(),
  action: z.string(),
  target: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string(),
})
export type AuditRow = z.infer<typeof AuditRow>
