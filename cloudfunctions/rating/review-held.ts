import { ReviewHeldInput } from '../../types/rating'
import { action } from '../_platform/kit/define'
import { reviewHeld as review } from '../_services/rating/held'

/** 审核问卷: accept (counts) or discard held responses; the board says how many were discarded. */
export const reviewHeld = action({
  description: '审核待审问卷：计入或作废',
  input: ReviewHeldInput,
  roles: ['street_admin'],
  run: ({ input, caller, platform, requestId }) => review(platform, caller, input, requestId),
})
