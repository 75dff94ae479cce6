/** Deployable function `auth`: who is calling, and (local runtime only) demo personas. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { changePassword } from './change-password'
import { consent } from './consent'
import { deleteAccount } from './delete-account'
import { devLogin } from './dev-login'
import { me } from './me'
import { passwordLogin } from './password-login'
import { personas } from './personas'
import { privacy } from './privacy'
import { redeemInvite } from './redeem-invite'
import { resetPassword } from './reset-password'
import { wxLogin } from './wx-login'

export const { main, catalog, name } = defineFunction(
  'auth',
  {
    personas,
    devLogin,
    me,
    privacy,
    consent,
    redeemInvite,
    wxLogin,
    passwordLogin,
    changePassword,
    resetPassword,
    deleteAccount,
  },
  getPlatform,
)
