import { z } from 'zod'
import { User } from './identity'

/** auth.wxLogin: the code from `wx.login` (self-hosted runtime) */
export const WxLoginInput = z.object({ code: z.string().trim().min(1).max(128) })

/** auth.passwordLogin: staff on the H5 console */
export const PasswordLoginInput = z.object({
  account: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
})

export const SignInOutput = z.object({
  token: z.string(),
  user: User,
  /** signed in with a temporary password: change it now */
  mustChangePassword: z.boolean().optional(),
})

export const ChangePasswordInput = z.object({
  old: z.string().min(1).max(128),
  new: z.string().min(8).max(128),
})

/** auth.resetPassword: an admin gives a staff member in scope a one-time temporary password */
export const ResetPasswordInput = z.object({ userId: z.string().trim().min(1).max(64) })
export const ResetPasswordOutput = z.object({ account: z.string(), temporaryPassword: z.string() })
