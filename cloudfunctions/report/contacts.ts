import { ContactsInput, type ContactsOutput } from '../../types/contacts'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { RESIDENT } from '../_platform/kit/roles'
import { buildingOf, orgById } from '../_services/places'
import { cachedRead } from '../_services/reference-cache'
import { membersOf, userNameOf } from '../_services/rosters'

/** 我的网格员 on the home page: the caller's grid workers by name, and the service phones of grid, company and community. */
export const contacts = action({
  description: '我的网格员与物业、社区服务电话',
  input: ContactsInput,
  roles: RESIDENT,
  async run({ caller, platform }): Promise<ContactsOutput> {
    const { store } = platform
    const buildingId = caller.address?.buildingId
    if (!buildingId) throw invalidInput('请先绑定住址')
    const { estate } = await buildingOf(store, buildingId)
    const [grid, community, company] = await Promise.all([
      orgById(store, estate.gridId),
      orgById(store, estate.communityId),
      estate.propertyCompanyId ? orgById(store, estate.propertyCompanyId) : Promise.resolve(null),
    ])
    const workers = await cachedRead(store, `grid-workers:${estate.gridId}`, async () => {
      const members = await membersOf(store, estate.gridId, ['grid_worker'])
      return Promise.all(members.map((m) => userNameOf(store, m.userId)))
    })
    const line = (org: { name: string; phone?: string } | null) => ({
      name: org?.name ?? '',
      phone: org?.phone || null,
    })
    return {
      grid: { ...line(grid), workers: workers.filter(Boolean) },
      property: company ? line(company) : null,
      community: line(community),
    }
  },
})
