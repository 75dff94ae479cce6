import * as z from 'zod/mini'
import type { User } from '../../types/identity'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'

/**
 * The caller and their bound address. The identity adapter has just read the user record to know
 * the caller (and refuse a deactivated one), so the answer is built from it: no second read.
 */
export const me = action({
  description: '当前用户与绑定地址',
  input: z.object({}),
  roles: ANY_PERSON,
  async run({ caller }) {
    const user: User = {
      _id: caller.userId,
      kind: caller.kind === 'staff' ? 'staff' : 'resident',
      name: caller.name,
      scopes: caller.scopes,
      ...(caller.phone ? { phone: caller.phone } : {}),
      // the mini-program uploads photos under `uploads/<openid>/` (files.adopt)
      ...(caller.openid ? { openid: caller.openid } : {}),
      ...(caller.address ? { address: caller.address } : {}),
      ...(caller.householdVerified ? { householdVerified: true } : {}),
      ...(caller.title ? { title: caller.title } : {}),
    }
    return { user, address: user.address ?? null }
  },
})
