import { SaveOrgInput } from '../../types/admin-places'
import { action } from '../_platform/kit/define'
import { forbidden, invalidInput } from '../_platform/kit/errors'
import { adminStreetOf, auditedEdit } from '../_services/admin-edits'
import type { OrgDoc } from '../_services/places'

/** Creates or edits a property company or department of the street: name, phone, contacts, 值班表. */
export const saveOrg = action({
  description: '新增或修改物业公司、职能部门',
  input: SaveOrgInput,
  roles: ['street_admin'],
  texts: (input) => [input.org.name, ...input.org.contacts.map((c) => c.name), ...input.org.duty.map((d) => d.name)],
  async run({ input, caller, platform, requestId }) {
    const street = adminStreetOf(caller)
    const { id, ...org } = input.org
    return auditedEdit<OrgDoc>(platform, caller, requestId, {
      action: 'admin.saveOrg',
      collection: 'orgs',
      id,
      body: { ...org, parentId: street, communityId: '' },
      expectedVersion: input.expectedVersion,
      guard(current) {
        if (!current) return
        if (current.kind !== org.kind) throw invalidInput(`编号 ${id} 已用于其他类型的单位`)
        if (current.parentId !== street) throw forbidden('这个单位不属于本街道')
      },
    })
  },
})
