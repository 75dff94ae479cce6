import { OpenInvitesInput } from '../../types/org'
import { action } from '../_platform/kit/define'
import { ADMIN_ROLES, openInvitesFor } from '../_services/invites'
import { allOrgs } from '../_services/places'
import { ROLE_LABEL } from '../_services/views'

const CREATOR_SYSTEM = '系统'

/** 未使用的邀请码 of the orgs the caller manages: role, org, when made and by whom, until when valid. */
export const invites = action({
  description: '未使用的工作人员邀请码（本人可管理的单位）',
  input: OpenInvitesInput,
  roles: ADMIN_ROLES,
  async run({ caller, platform }) {
    const { store } = platform
    const open = await openInvitesFor(store, caller, platform.clock.now())
    const [orgs, creators] = await Promise.all([
      allOrgs(store),
      Promise.all([...new Set(open.map((i) => i.createdBy))].map((id) => store.collection('users').get(id))),
    ])
    const nameOf = new Map(creators.filter((u) => u !== null).map((u) => [u._id, String(u.name ?? '')]))
    return {
      items: open.map((i) => ({
        id: i._id,
        role: i.role,
        roleLabel: ROLE_LABEL[i.role as keyof typeof ROLE_LABEL] ?? i.role,
        orgId: i.orgId,
        orgName: orgs.get(i.orgId)?.name ?? '',
        createdAt: i.createdAt,
        expiresAt: i.expiresAt,
        createdByName: nameOf.get(i.createdBy) || CREATOR_SYSTEM,
      })),
    }
  },
})
