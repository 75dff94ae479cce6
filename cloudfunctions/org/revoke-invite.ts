import { RevokeInviteInput } from '../../types/org'
import { action } from '../_platform/kit/define'
import { conflict, forbidden, notFound } from '../_platform/kit/errors'
import { isStoreConflict } from '../_platform/store/port'
import { ADMIN_ROLES, invitesOf, mayManage } from '../_services/invites'
import { orgsOf } from '../_services/places'

/** 作废 an open invite of an org the caller manages: from now on it cannot be redeemed. */
export const revokeInvite = action({
  description: '作废未使用的工作人员邀请码',
  input: RevokeInviteInput,
  roles: ADMIN_ROLES,
  async run({ input, caller, platform }) {
    const { store } = platform
    const invite = await invitesOf(store).get(input.id)
    const org = invite ? await orgsOf(store).get(invite.orgId) : null
    // an invite the caller may not manage is as good as missing
    if (!invite || !org || !(await mayManage(store, caller, org, invite.role))) throw notFound('没有找到这个邀请码')
    if (invite.status !== 'open') throw conflict(invite.status === 'used' ? '该邀请码已被使用' : '该邀请码已作废')
    if (invite.expiresAt <= platform.clock.now().toISOString()) throw forbidden('该邀请码已过期，无需作废')
    try {
      await invitesOf(store).patch(invite._id, { status: 'revoked' }, { expectedVersion: invite._v })
    } catch (error) {
      if (isStoreConflict(error)) throw conflict('该邀请码刚刚被使用或作废，请刷新')
      throw error
    }
    return { id: invite._id, status: 'revoked' as const }
  },
})
