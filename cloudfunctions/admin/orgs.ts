import { type OrgRow, OrgsInput } from '../../types/admin-places'
import { action } from '../_platform/kit/define'
import { placeEditorOf } from '../_services/admin-places/scope'
import { allEstates, allOrgs } from '../_services/places'

const collator = new Intl.Collator('zh-CN', { numeric: true })

/** The street's property companies and departments, with contacts, 值班表 and the estates a company serves. */
export const orgs = action({
  description: '物业公司与职能部门（联系人、值班表）',
  input: OrgsInput,
  roles: ['street_admin', 'community_admin'],
  async run({ input, caller, platform }) {
    const { streetId } = await placeEditorOf(platform.store, caller)
    const [orgs, estates] = await Promise.all([allOrgs(platform.store), allEstates(platform.store)])
    const q = input.q?.toLowerCase()
    const items: OrgRow[] = [...orgs.values()]
      .filter((o) => (o.kind === 'property' || o.kind === 'department') && o.parentId === streetId)
      .filter(
        (o) => (!input.kind || o.kind === input.kind) && (!q || o.name.toLowerCase().includes(q) || o._id.includes(q)),
      )
      .map((o) => {
        const doc = o as typeof o & { contacts?: OrgRow['contacts']; duty?: OrgRow['duty'] }
        return {
          id: o._id,
          kind: o.kind as OrgRow['kind'],
          name: o.name,
          phone: o.phone ?? null,
          contacts: doc.contacts ?? [],
          duty: doc.duty ?? [],
          estates: [...estates.values()]
            .filter((e) => e.propertyCompanyId === o._id)
            .map((e) => ({ id: e._id, name: e.name })),
          version: o._v,
        }
      })
      .sort((a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.name, b.name))
    return { items }
  },
})
