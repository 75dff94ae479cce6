import { ByIdInput } from '../../types/report'
import { relationsOf, STAFF_RELATIONS } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { forbidden } from '../_platform/kit/errors'
import { STAFF } from '../_platform/kit/roles'
import { loadOrder } from '../_services/orders'
import { toDetail } from '../_services/views'

/** An order in the caller's scope, with what the caller may do now. */
export const detail = action({
  description: '工单详情',
  input: ByIdInput,
  roles: STAFF,
  async handler({ input, caller, platform }) {
    const order = await loadOrder(platform.store, input.id)
    const relations = relationsOf(caller!, order)
    if (!STAFF_RELATIONS.some((r) => relations.has(r))) throw forbidden('该工单不在您的管辖范围内')
    return toDetail(platform, caller!, order, relations)
  },
})
