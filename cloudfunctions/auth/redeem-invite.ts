import { RedeemInviteInput } from '../../types/org'
import { action } from '../_platform/kit/define'
import { conflict, forbidden, notFound } from '../_platform/kit/errors'
import { ANY_PERSON } from '../_platform/kit/roles'
import { isStoreConflict } from '../_platform/store/port'
import { type UserDoc, userInTx } from '../_services/accounts'
import { type InviteDoc, inviteIdOf, invitesOf } from '../_services/invites'
import { orgName } from '../_services/places'
import { type Membership, rostersChanged } from '../_services/rosters'
import { ROLE_LABEL } from '../_services/views'

/**
 * 使用邀请码: the signed-in caller becomes the staff member the invite names. Single use: the invite
 * is taken by compare-and-set in the same transaction that grants the role, so two redeems of one
 * code make one staff member.
 */
export const redeemInvite = action({
  description: '使用邀请码成为工作人员',
  input: RedeemInviteInput,
  roles: ANY_PERSON,
  // the name staff and residents will see on orders and staff lists
  texts: (input) => [input.name],
  async run({ input, caller, platform }) {
    const { store } = platform
    const me = caller
    const invite = await invitesOf(store).get(inviteIdOf(input.code))
    if (!invite) throw notFound('邀请码无效，请核对后重试')
    if (invite.status !== 'open')
      throw conflict(invite.status === 'revoked' ? '该邀请码已作废，请联系管理员重新生成' : '该邀请码已被使用')
    const now = platform.clock.now()
    if (invite.expiresAt <= now.toISOString()) throw forbidden('邀请码已过期，请联系管理员重新生成')
    const at = now.toISOString()
    const org = await orgName(store, invite.orgId)
    try {
      await store.transaction(async (tx) => {
        await tx
          .collection<InviteDoc>('invites')
          .patch(invite._id, { status: 'used', usedBy: me.userId, usedAt: at }, { expectedVersion: invite._v })
        const user = await userInTx(tx, me, at)
        const has = user.scopes.some((s) => s.role === invite.role && s.orgId === invite.orgId)
        await tx.collection<UserDoc>('users').patch(user._id, {
          kind: 'staff',
          scopes: has ? user.scopes : [...user.scopes, { role: invite.role, orgId: invite.orgId }],
          title: `${ROLE_LABEL[invite.role]} · ${org}`,
          ...(input.name ? { name: input.name } : {}),
        })
        const memberships = tx.collection<Membership>('memberships')
        const id = `${user._id}:${invite.orgId}:${invite.role}`
        if (!(await memberships.get(id))) {
          await memberships.insert({ _id: id, userId: user._id, orgId: invite.orgId, role: invite.role, onDuty: true })
        }
      })
    } catch (error) {
      if (isStoreConflict(error)) throw conflict('该邀请码已被使用')
      throw error
    }
    rostersChanged(platform.store)
    return { role: invite.role, roleLabel: ROLE_LABEL[invite.role], orgId: invite.orgId, orgName: org }
  },
})
