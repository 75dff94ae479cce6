import { SaveInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { MANAGER_ROLES } from '../_services/market/access'
import { saveMarket } from '../_services/market/save'

/** 集市编辑: create or edit a market with its stalls and slots (version-guarded). */
export const save = action({
  description: '新建或修改集市',
  input: SaveInput,
  roles: MANAGER_ROLES,
  texts: (input) => [input.title, input.venue, ...input.stalls.flatMap((s) => [s.name, s.category, s.provider])],
  run: ({ input, caller, platform, requestId }) => saveMarket(platform, caller, { ...input, requestId }),
})
