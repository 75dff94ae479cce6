import { RemoveRuleInput } from '../../types/admin'
import { action } from '../_platform/kit/define'
import { adminStreetOf, auditedEdit } from '../_services/admin-edits'
import { allEstates } from '../_services/places'
import { ownRuleGuard } from './rule-checks'

/** Removes a rule of this street (an estate override) or a category default, at the version seen. */
export const removeRule = action({
  description: '删除分派规则',
  input: RemoveRuleInput,
  roles: ['street_admin'],
  async run({ input, caller, platform, requestId }) {
    const street = adminStreetOf(caller)
    const estates = await allEstates(platform.store)
    return auditedEdit(platform, caller, requestId, {
      action: 'admin.removeRule',
      collection: 'routing_rules',
      id: input.id,
      body: null,
      expectedVersion: input.expectedVersion,
      guard: ownRuleGuard(estates, street),
    })
  },
})
