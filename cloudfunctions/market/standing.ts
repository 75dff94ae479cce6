import { StandingInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { MANAGER_ROLES } from '../_services/market/access'
import { setStanding } from '../_services/market/standing'

/** The community lifts a no-show freeze or gives waiting-list priority (高龄, 残疾). */
export const standing = action({
  description: '解除预约冻结、设置候补优先',
  input: StandingInput,
  roles: MANAGER_ROLES,
  run: ({ input, caller, platform }) => setStanding(platform, caller, input),
})
