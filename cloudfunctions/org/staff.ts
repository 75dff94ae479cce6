import { StaffListInput } from '../../types/org'
import { action } from '../_platform/kit/define'
import { forbidden, notFound } from '../_platform/kit/errors'
import { ADMIN_ROLES, mayManage } from '../_services/invites'
import { orgsOf } from '../_services/places'
import { membersOf } from '../_services/rosters'
import { ROLE_LABEL } from '../_services/views'

/** 工作人员名单 of one org the caller manages (default: the caller's own). */
export const staff = action({
  description: '本单位工作人员名单',
  input: StaffListInput,
  roles: ADMIN_ROLES,
  async run({ input, caller, platform }) {
    const { store } = platform
    const orgId = input.orgId ?? caller.scopes.find((s) => (ADMIN_ROLES as readonly string[]).includes(s.role))?.orgId
    const org = orgId ? await orgsOf(store).get(orgId) : null
    if (!org) throw notFound('没有这个单位')
    if (!(await mayManage(store, caller, org))) throw forbidden('您无权查看该单位的工作人员')
    const members = await membersOf(store, org._id)
    const users = await Promise.all(members.map((m) => store.collection('users').get(m.userId)))
    return {
      orgId: org._id,
      orgName: org.name,
      items: members
        .map((m, i) => ({
          userId: m.userId,
          name: typeof users[i]?.name === 'string' ? (users[i]?.name as string) : '',
          role: m.role,
          roleLabel: ROLE_LABEL[m.role],
          onDuty: m.onDuty,
        }))
        .sort((a, b) => a.role.localeCompare(b.role) || a.userId.localeCompare(b.userId)),
    }
  },
})
