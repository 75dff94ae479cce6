/** Staff onboarding: single-use invites, the staff list of an org, ending a staff role. */
import { z } from 'zod'
import { STAFF_ROLES } from './identity'

const Id = z.string().trim().min(1).max(64)

export const InviteInput = z.object({
  role: z.enum(STAFF_ROLES),
  /** the org the new staff member acts for; default the inviting admin's own */
  orgId: Id.optional(),
  /** for a grid worker: the grid */
  gridId: Id.optional(),
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
    .trim()
    .min(6, '邀请码至少6位')
    .max(64)
    .regex(/^[0-9A-Za-z_-]+$/, '邀请码只含字母和数字'),
  /** the name staff and residents will see; default the signed-in name */
  name: z.string().trim().min(1).max(20).optional(),
})

export const StaffListInput = z.object({ orgId: Id.optional() })

export const RemoveStaffInput = z.object({ userId: Id, orgId: Id.optional() })
