/** Deployable function `auth`: who is calling, and (local runtime only) demo personas. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { consent } from './consent'
import { devLogin } from './dev-login'
import { me } from './me'
import { personas } from './personas'
import { privacy } from './privacy'
import { redeemInvite } from './redeem-invite'

export const { main, catalog, name } = defineFunction(
  'auth',
  { personas, devLogin, me, privacy, consent, redeemInvite },
  getPlatform,
)
