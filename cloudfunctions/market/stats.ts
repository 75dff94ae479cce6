import { IdInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { MANAGER_ROLES } from '../_services/market/access'
import { marketStats } from '../_services/market/stats'

/** 集市统计: fill rate, no-show rate, waiting-list conversion, stall utilisation. */
export const stats = action({
  description: '集市统计',
  input: IdInput,
  roles: MANAGER_ROLES,
  run: ({ input, caller, platform }) => marketStats(platform, caller, input.id),
})
