import { HeldInput } from '../../types/rating'
import { action } from '../_platform/kit/define'
import { heldResponses } from '../_services/rating/held'

/** 待审问卷: responses held by the anti-gaming checks, without who sent them. */
export const held = action({
  description: '疑似刷评的待审问卷（街道审核）',
  input: HeldInput,
  roles: ['street_admin'],
  run: ({ input, caller, platform }) => heldResponses(platform, caller, input.quarter),
})
