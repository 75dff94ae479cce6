/** Staff onboarding: single-use invites, the staff list of an org, ending a staff role. */
import * as z from 'zod/mini'
import { STAFF_ROLES } from './identity'

const Id = z.string().check(z.trim(), z.minLength(1), z.maxLength(64))

export const InviteInput = z.object({
  role: z.enum(STAFF_ROLES),
  /** the org the new staff member acts for; default the inviting admin's own */
  orgId: z.optional(Id),
  /** for a grid worker: the grid */
  gridId: z.optional(Id),
})
export type InviteInput = z.input<typeof InviteInput>

export const InviteOutput = z.object({
  code: z.string(),
  expiresAt: z.string(),
  role: z.string(),
  orgId: z.string(),
  orgName: z.string(),
})
export type InviteOutput = z.infer<typeof InviteOutput>

export const RedeemInviteInput = z.object({
  code: z
    .string()
    .check(
      z.trim(),
      z.minLength(6, '邀请码至少6位'),
      z.maxLength(64),
      z.regex(/^[0-9A-Za-z_-]+$/, '邀请码只含字母和数字'),
    ),
  /** the name staff and residents will see; default the signed-in name */
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))),
})

export const StaffListInput = z.object({ orgId: z.optional(Id) })

export const RemoveStaffInput = z.object({ userId: Id, orgId: z.optional(Id) })

/** 未使用的邀请码: the open, unexpired invites of the orgs the caller manages (never the code itself: only its hash is kept). */
export const OpenInvitesInput = z.object({})
export const OpenInvite = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** who made it: the admin's name, or 系统 for the deployment's bootstrap invite */
  createdByName: z.string(),
})
export type OpenInvite = z.infer<typeof OpenInvite>
export const OpenInvitesOutput = z.object({ items: z.array(OpenInvite) })
export type OpenInvitesOutput = z.infer<typeof OpenInvitesOutput>

/** 作废 an open invite: it can no longer be redeemed. */
export const RevokeInviteInput = z.object({ id: z.string().check(z.trim(), z.minLength(1), z.maxLength(128)) })
