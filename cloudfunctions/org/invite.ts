import { InviteInput } from '../../types/org'
import { action } from '../_platform/kit/define'
import { forbidden, invalidInput } from '../_platform/kit/errors'
import {
  ADMIN_ROLES,
  INVITE_DAYS,
  inviteIdOf,
  invitesOf,
  mayManage,
  newInviteCode,
  ROLE_ORG_KIND,
} from '../_services/invites'
import { orgsOf } from '../_services/places'
import { ROLE_LABEL } from '../_services/views'

/**
 * 邀请工作人员: a single-use code, valid 7 days, that makes its redeemer staff in one role of one org.
 * The org defaults to the admin's own when the role fits it.
 */
export const invite = action({
  description: '生成工作人员邀请码（7天内有效，仅可使用一次）',
  input: InviteInput,
  roles: ADMIN_ROLES,
  async run({ input, caller, platform }) {
    const { store } = platform
    const kind = ROLE_ORG_KIND[input.role]
    let orgId = input.role === 'grid_worker' ? (input.gridId ?? input.orgId) : input.orgId
    if (!orgId) {
      const own = await Promise.all(caller.scopes.map((s) => orgsOf(store).get(s.orgId)))
      orgId = own.find((o) => o?.kind === kind)?._id
    }
    if (!orgId) throw invalidInput(input.role === 'grid_worker' ? '请选择网格' : '请选择单位')
    const org = await orgsOf(store).get(orgId)
    if (org?.kind !== kind) throw invalidInput(`${ROLE_LABEL[input.role]}须属于${KIND_LABEL[kind]}，所选单位不符`)
    if (!(await mayManage(store, caller, org, input.role))) throw forbidden('您无权邀请该单位的这类工作人员')
    const now = platform.clock.now()
    const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString()
    const code = newInviteCode()
    await invitesOf(store).insert({
      _id: inviteIdOf(code),
      role: input.role,
      orgId: org._id,
      status: 'open',
      expiresAt,
      createdBy: caller.userId,
      createdAt: now.toISOString(),
      usedBy: null,
      usedAt: null,
    } as never)
    return { code, expiresAt, role: input.role, orgId: org._id, orgName: org.name }
  },
})

const KIND_LABEL = { street: '街道', community: '社区', grid: '网格', property: '物业公司', department: '职能部门' }
