import { DetailInput } from '../../types/report'
import { STAFF_RELATIONS } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { detailFor } from '../_services/order-access'

/** An order in the caller's scope (or one they filed on patrol: 我上报的), with what the caller may do now. */
export const detail = action({
  description: '工单详情',
  input: DetailInput,
  roles: STAFF,
  run: ({ input, caller, platform }) =>
    detailFor(platform, caller, input.id, [...STAFF_RELATIONS, 'patroller'], '该工单不在您的管辖范围内'),
})
