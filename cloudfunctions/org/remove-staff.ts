import { RemoveStaffInput } from '../../types/org'
import { action } from '../_platform/kit/define'
import { forbidden, notFound } from '../_platform/kit/errors'
import type { UserDoc } from '../_services/accounts'
import { ADMIN_ROLES, mayManage } from '../_services/invites'
import { orgsOf } from '../_services/places'
import { releaseOrdersOf } from '../_services/release-orders'
import { type Membership, membershipsOf, rostersChanged } from '../_services/rosters'

/**
 * 移除工作人员: ends the person's staff roles in the orgs the caller manages, at once (their next
 * call no longer carries the role), and their open orders there go back to the org's pool.
 */
export const removeStaff = action({
  description: '移除工作人员（其未办结工单退回待领取）',
  input: RemoveStaffInput,
  roles: ADMIN_ROLES,
  async run({ input, caller, platform }) {
    const { store } = platform
    if (input.userId === caller.userId) throw forbidden('不能移除自己')
    const all = (await membershipsOf(store).find({ where: { userId: input.userId }, limit: 100 })).items
    const candidates = all.filter((m) => !input.orgId || m.orgId === input.orgId)
    const removable: Membership[] = []
    for (const m of candidates) {
      const org = await orgsOf(store).get(m.orgId)
      if (org && (await mayManage(store, caller, org, m.role))) removable.push(m)
    }
    // someone outside the caller's orgs is as good as unknown
    if (removable.length === 0) throw notFound('没有找到该工作人员')
    const gone = new Set(removable.map((m) => `${m.role}@${m.orgId}`))
    await store.transaction(async (tx) => {
      for (const m of removable) await tx.collection('memberships').remove(m._id)
      const users = tx.collection<UserDoc>('users')
      const user = await users.get(input.userId)
      if (user) {
        const scopes = user.scopes.filter((s) => !gone.has(`${s.role}@${s.orgId}`))
        await users.patch(user._id, { scopes, ...(scopes.length === 0 ? { kind: 'resident' as const } : {}) })
      }
    })
    rostersChanged(store)
    const released = await releaseOrdersOf(
      platform,
      caller,
      input.userId,
      removable.map((m) => m.orgId),
    )
    return { userId: input.userId, removed: removable.map((m) => ({ role: m.role, orgId: m.orgId })), released }
  },
})
