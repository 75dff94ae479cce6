import { TargetsInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { staffOrderFor } from '../_services/order-access'
import { transferTargetsOf } from '../_services/targets'

/**
 * The orgs this order may be transferred to, and the departments it may whistle in: the one list
 * `transfer` and `whistle` check against.
 */
export const targets = action({
  description: '本工单可转派的单位与可吹哨的部门',
  input: TargetsInput,
  roles: STAFF,
  async run({ input, caller, platform }) {
    const { order } = await staffOrderFor(platform, caller, input.id)
    return { orgs: await transferTargetsOf(platform, caller, order) }
  },
})
