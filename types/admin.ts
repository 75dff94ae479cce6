/**
 * Street administration (function `admin`): the street's catalogue, routing rules, settings and
 * 放假安排 as editable data. Every edit carries the version it was made against (a concurrent edit is
 * CONFLICT with the current record), is validated, and appends an audit row.
 */
import * as z from 'zod/mini'
import { Category, CategoryCode, Channel, HandlerKind, OfficeHours } from './catalog'
import { HolidayArrangement } from './holidays'

const Id = z.string().check(z.trim(), z.minLength(1), z.maxLength(64))
/** the `_v` the edit was made against; absent only when creating */
const Version = z.int().check(z.positive())

export const CategoriesInput = z.object({})
export const SaveCategoryInput = z.object({ category: Category, expectedVersion: z.optional(Version) })
export type SaveCategoryInput = z.infer<typeof SaveCategoryInput>

export const RulesInput = z.object({ categoryCode: z.optional(CategoryCode), estateId: z.optional(Id) })
/** a rule as an admin edits it: a new one has no id yet */
export const RuleDraft = z.object({
  id: z.optional(Id.check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, '规则编号只含小写字母、数字、-和_'))),
  categoryCode: z.nullable(CategoryCode),
  estateId: z.nullable(Id),
  handler: HandlerKind,
  orgId: z.nullable(Id),
  priority: z.int().check(z.gte(0), z.lte(1000)),
  reason: z.string().check(z.trim(), z.minLength(2, '请写明分派理由'), z.maxLength(60)),
  active: z.boolean(),
})
export type RuleDraft = z.infer<typeof RuleDraft>
export const SaveRuleInput = z.object({ rule: RuleDraft, expectedVersion: z.optional(Version) })
export const RemoveRuleInput = z.object({ id: Id, expectedVersion: Version })

export const TryRouteInput = z.object({
  buildingId: Id,
  categoryCode: CategoryCode,
  channel: Channel,
  /** the rule as it would be saved: the answer shows routing now and after */
  draftRule: z.optional(RuleDraft),
})
export const RouteOutcome = z.object({
  kind: HandlerKind,
  orgId: z.string(),
  orgName: z.string(),
  staffName: z.nullable(z.string()),
  pool: z.boolean(),
  reason: z.string(),
  ruleId: z.string(),
})
export type RouteOutcome = z.infer<typeof RouteOutcome>
export const TryRouteOutput = z.object({
  now: RouteOutcome,
  after: z.nullable(RouteOutcome),
  /** open orders the draft would route elsewhere; they are never moved by saving it */
  affectedOpenOrders: z.object({ count: z.int(), numbers: z.array(z.string()) }),
})

/** What a street may set for itself (see _services/settings.ts for the defaults). */
export const StreetSettingsDraft = z.partial(
  z.object({
    officeHours: OfficeHours,
    autoConfirmDays: z.int().check(z.gte(1), z.lte(30)),
    whistleReportHours: z.number().check(z.positive(), z.lte(240)),
    redispatchHours: z.number().check(z.positive(), z.lte(240)),
    reportsPerHour: z.int().check(z.gte(1), z.lte(100)),
    orderPrefix: z.string().check(z.regex(/^[A-Z]{1,4}$/, '编号前缀为1–4个大写字母')),
    escalationGraceHours: z.tuple([
      z.number().check(z.positive()),
      z.number().check(z.positive()),
      z.number().check(z.positive()),
    ]),
    /** the street's own content-check words, on top of the platform's check (1–20 characters each) */
    blockedWords: z
      .array(z.string().check(z.trim(), z.minLength(1, '词语不能为空'), z.maxLength(20, '每个词最多20个字')))
      .check(z.maxLength(500, '最多500个词')),
  }),
)
export const SettingsInput = z.object({})
export const SaveSettingsInput = z.object({ settings: StreetSettingsDraft, expectedVersion: z.optional(Version) })

export const HolidaysInput = z.object({ year: z.int().check(z.gte(2000), z.lte(2100)) })
export const SaveHolidaysInput = z.object({ arrangement: HolidayArrangement, expectedVersion: z.optional(Version) })

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
  'board.saveSettings',
  'rating.reviewHeld',
  'certificate.saveType',
  'market.save',
] as const
export type AuditedAction = (typeof AUDITED_ACTIONS)[number]

export const AuditInput = z.object({
  action: z.optional(z.enum(AUDITED_ACTIONS)),
  cursor: z.nullish(z.string().check(z.maxLength(500))),
  limit: z._default(z.int().check(z.gte(1), z.lte(100)), 50),
})
/** the same filter as `audit`, all pages, as an .xlsx the caller downloads */
export const AuditExportInput = z.object({ action: z.optional(z.enum(AUDITED_ACTIONS)) })
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
