import { IdInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { MANAGER_ROLES } from '../_services/market/access'
import { publish as publishMarket } from '../_services/market/save'

/** 发布: residents can see and book the market. */
export const publish = action({
  description: '发布集市',
  input: IdInput,
  roles: MANAGER_ROLES,
  run: ({ input, caller, platform }) => publishMarket(platform, caller, input.id),
})
