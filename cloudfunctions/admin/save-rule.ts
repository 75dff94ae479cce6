import { nanoid } from 'nanoid'
import { SaveRuleInput } from '../../types/admin'
import { action } from '../_platform/kit/define'
import { adminStreetOf, auditedEdit } from '../_services/admin-edits'
import { allEstates } from '../_services/places'
import { checkRule, ownRuleGuard } from './rule-checks'

/** Creates or edits a routing rule. New reports follow it; open orders stay where they are. */
export const saveRule = action({
  description: '新增或修改分派规则',
  input: SaveRuleInput,
  roles: ['street_admin'],
  texts: (input) => [input.rule.reason],
  async run({ input, caller, platform, requestId }) {
    const street = adminStreetOf(caller)
    const { id, ...rule } = input.rule
    await checkRule(platform.store, street, input.rule)
    return auditedEdit(platform, caller, requestId, {
      action: 'admin.saveRule',
      collection: 'routing_rules',
      id:
        id ??
        `r-${nanoid(10)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, 'x')}`,
      body: rule,
      expectedVersion: input.expectedVersion,
      guard: ownRuleGuard(await allEstates(platform.store), street),
    })
  },
})
