/**
 * Households (住户): a person's binding to a room, pending until a grid worker (or the community's
 * roster) verifies it; and the privacy notice a resident consents to before binding one.
 * The contract of the `household` function and of `auth.privacy` / `auth.consent`.
 */
import * as z from 'zod/mini'

const Id = z.string().check(z.trim(), z.minLength(1), z.maxLength(64))

export const HouseholdRelation = z.enum(['owner', 'member', 'tenant'])
export type HouseholdRelation = z.infer<typeof HouseholdRelation>

export const HOUSEHOLD_RELATION_LABEL: Record<HouseholdRelation, string> = {
  owner: '业主',
  member: '家庭成员',
  tenant: '租户',
}

export const HouseholdStatus = z.enum(['pending', 'verified', 'rejected', 'moved_out'])
export type HouseholdStatus = z.infer<typeof HouseholdStatus>

export const HOUSEHOLD_STATUS_LABEL: Record<HouseholdStatus, string> = {
  pending: '待核实',
  verified: '已核实',
  rejected: '未通过',
  moved_out: '已迁出',
}

/** An 11-digit mainland mobile number. */
export const MobilePhone = z.string().check(z.trim(), z.regex(/^1[3-9]\d{9}$/, '请填写11位手机号'))

// ---------- places ----------

export const PlacesInput = z.object({})
export const PlacesTree = z.object({
  communities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      estates: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          gridId: z.string(),
          buildings: z.array(z.object({ id: z.string(), name: z.string() })),
        }),
      ),
    }),
  ),
})
export type PlacesTree = z.infer<typeof PlacesTree>

// ---------- binding ----------

export const BindInput = z.object({
  requestId: z.string().check(z.minLength(8), z.maxLength(64)),
  buildingId: Id,
  unit: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, '请填写单元'),
      z.maxLength(20),
      z.regex(/^[\p{L}\p{N}-]+$/u, '单元只填文字和数字，如“2单元”'),
    ),
  room: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, '请填写房号'),
      z.maxLength(20),
      z.regex(/^[\p{L}\p{N}-]+$/u, '房号只填文字和数字，如“501”'),
    ),
  relation: HouseholdRelation,
  name: z.string().check(z.trim(), z.minLength(1, '请填写姓名'), z.maxLength(20)),
  phone: z.optional(MobilePhone),
})
export type BindInput = z.input<typeof BindInput>

export const HouseholdIdInput = z.object({ id: Id })
export const SetCurrentInput = HouseholdIdInput
export const UnbindInput = HouseholdIdInput

export const VerifyInput = z
  .object({
    id: Id,
    decision: z.enum(['approve', 'reject']),
    reason: z.optional(z.string().check(z.trim(), z.minLength(2, '请写明原因（至少2个字）'), z.maxLength(200))),
  })
  .check(
    z.refine((v) => v.decision === 'approve' || v.reason !== undefined, {
      message: '不通过时请写明原因',
      path: ['reason'],
    }),
  )

/** A binding as its resident sees it. */
export const HouseholdView = z.object({
  id: z.string(),
  buildingId: z.string(),
  estateId: z.string(),
  communityId: z.string(),
  gridId: z.string(),
  unit: z.string(),
  room: z.string(),
  label: z.string(),
  relation: HouseholdRelation,
  relationLabel: z.string(),
  name: z.string(),
  status: HouseholdStatus,
  statusLabel: z.string(),
  rejectReason: z.nullable(z.string()),
  current: z.boolean(),
  createdAt: z.string(),
})
export type HouseholdView = z.infer<typeof HouseholdView>

/** A pending binding as the verifying staff member sees it: the phone masked. */
export const PendingHouseholdView = z.object({
  id: z.string(),
  label: z.string(),
  gridId: z.string(),
  relationLabel: z.string(),
  name: z.string(),
  phone: z.nullable(z.string()),
  createdAt: z.string(),
})
export type PendingHouseholdView = z.infer<typeof PendingHouseholdView>

// ---------- roster import ----------

export { ROSTER_COLUMNS, ROSTER_MAX_ROWS, ROSTER_OPTIONAL_COLUMNS, ROSTER_ROW_STATUS_LABEL } from './labels'

export const ImportRosterInput = z.object({
  fileId: z.string().check(z.regex(/^f_[0-9a-z]{16}$/, '文件编号格式有误')),
})
export type ImportRosterInput = z.infer<typeof ImportRosterInput>

export const RosterRowStatus = z.enum(['taken', 'refused', 'unchanged'])
export type RosterRowStatus = z.infer<typeof RosterRowStatus>

/** What an import did, row by row (row: the spreadsheet's row number, the header being row 1 or so). */
export const ImportRosterOutput = z.object({
  /** rows added to the roster now */
  taken: z.int(),
  /** rows refused, each with its reason */
  refused: z.int(),
  /** rows the roster already held (a second import of the same file: all of them) */
  unchanged: z.int(),
  /** pending bindings this import verified at once */
  verified: z.int(),
  rows: z.array(
    z.object({
      row: z.int(),
      status: RosterRowStatus,
      reason: z.optional(z.string()),
    }),
  ),
})
export type ImportRosterOutput = z.infer<typeof ImportRosterOutput>

// ---------- phone number from WeChat ----------

export const PhoneFromWechatInput = z.object({
  code: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, '缺少微信手机号授权码'),
      z.maxLength(256),
      z.regex(/^[0-9A-Za-z_-]+$/, '微信手机号授权码格式有误'),
    ),
})
export const PhoneFromWechatOutput = z.object({ phone: z.string() })
export type PhoneFromWechatOutput = z.infer<typeof PhoneFromWechatOutput>

// ---------- privacy notice and consent ----------

export const PrivacyNotice = z.object({ version: z.string(), text: z.string() })
export type PrivacyNotice = z.infer<typeof PrivacyNotice>

export const ConsentInput = z.object({
  version: z.string().check(z.trim(), z.regex(/^[0-9A-Za-z._-]{1,40}$/, '版本号格式不对')),
})
