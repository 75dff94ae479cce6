/** Deployable function `auth`: who is calling, their account and message box, and (local runtime only) demo personas. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'auth',
  {
    personas: () => import('./personas').then((m) => m.personas),
    devLogin: () => import('./dev-login').then((m) => m.devLogin),
    me: () => import('./me').then((m) => m.me),
    privacy: () => import('./privacy').then((m) => m.privacy),
    consent: () => import('./consent').then((m) => m.consent),
    redeemInvite: () => import('./redeem-invite').then((m) => m.redeemInvite),
    wxLogin: () => import('./wx-login').then((m) => m.wxLogin),
    passwordLogin: () => import('./password-login').then((m) => m.passwordLogin),
    changePassword: () => import('./change-password').then((m) => m.changePassword),
    resetPassword: () => import('./reset-password').then((m) => m.resetPassword),
    deleteAccount: () => import('./delete-account').then((m) => m.deleteAccount),
    messages: () => import('./messages').then((m) => m.messages),
    readMessages: () => import('./read-messages').then((m) => m.readMessages),
  },
  getPlatform,
)
