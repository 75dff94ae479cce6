import * as z from 'zod/mini'
import { User } from './identity'

/** codes WeChat hands the mini-program (wx.login, the phone-number button) */
const WechatCode = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9_-]+$/, '微信登录凭证格式不对'))
/** an account name: letters, digits and . _ @ - */
const Account = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9._@-]+$/, '账号只能包含字母、数字和 . _ @ -'))
/** a password: any visible characters, no spaces */
const Password = (min: number) =>
  z.string().check(z.minLength(min), z.maxLength(128), z.regex(/^\S+$/, '密码不能包含空格'))

/** auth.wxLogin: the code from `wx.login` (self-hosted runtime) */
export const WxLoginInput = z.object({ code: WechatCode })

/** auth.passwordLogin: staff on the H5 console */
export const PasswordLoginInput = z.object({
  account: Account,
  password: Password(1),
})

export const SignInOutput = z.object({
  token: z.string(),
  user: User,
  /** signed in with a temporary password: change it now */
  mustChangePassword: z.optional(z.boolean()),
})

export const ChangePasswordInput = z.object({
  old: Password(1),
  new: Password(8),
})

/** auth.resetPassword: an admin gives a staff member in scope a one-time temporary password */
export const ResetPasswordInput = z.object({ userId: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)) })
export const ResetPasswordOutput = z.object({ account: z.string(), temporaryPassword: z.string() })

/** 注销: deletes the caller's own account (the page asks the person to confirm first). */
export const DeleteAccountInput = z.object({})
export const DeleteAccountOutput = z.object({ deleted: z.literal(true) })
