import { CancelMarketInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { MANAGER_ROLES } from '../_services/market/access'
import { cancelMarket as cancelAll } from '../_services/market/cancel-market'

/** 取消集市: every booking and waiting-list place is cancelled with the reason, and everyone is told. */
export const cancelMarket = action({
  description: '取消集市',
  input: CancelMarketInput,
  roles: MANAGER_ROLES,
  texts: (input) => [input.reason],
  run: ({ input, caller, platform }) => cancelAll(platform, caller, input.id, input.reason),
})
