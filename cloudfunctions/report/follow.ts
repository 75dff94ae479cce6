import { FollowInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { followOrder } from '../_services/follows'

/** 同问 ("me too"): follow an open report of the caller's own building instead of filing a duplicate. Following twice is fine. */
export const follow = action({
  description: '同问：关注本楼同类的报事',
  input: FollowInput,
  roles: RESIDENT,
  async run({ input, caller, platform }) {
    return followOrder(platform, caller, input.id)
  },
})
