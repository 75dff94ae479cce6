import { z } from 'zod'
import { User } from '../../types/identity'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'

/** The caller and their bound address. */
export const me = action({
  description: '当前用户与绑定地址',
  input: z.object({}),
  roles: ANY_PERSON,
  async run({ caller, platform }) {
    const doc = await platform.store.collection('users').get(caller.userId)
    const user: User = doc
      ? User.parse(doc)
      : { _id: caller.userId, kind: 'resident', name: caller.name, scopes: caller.scopes }
    // the mini-program uploads photos under `uploads/<openid>/` (files.adopt)
    if (caller.openid) user.openid = caller.openid
    return { user, address: user.address ?? null }
  },
})
