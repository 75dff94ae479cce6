import { ReviewStallInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { MANAGER_ROLES } from '../_services/market/access'
import { reviewStall as review } from '../_services/market/stall-apps'

/** 审核摊位申请: approve (it becomes a stall with its slots) or reject with a reason. */
export const reviewStall = action({
  description: '审核摊位申请',
  input: ReviewStallInput,
  roles: MANAGER_ROLES,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) => review(platform, caller, input),
})
