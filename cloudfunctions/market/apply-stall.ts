import { ApplyStallInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { applyStall as apply } from '../_services/market/stall-apps'

/** 申请摊位: an org or volunteer offers a stall at a market. */
export const applyStall = action({
  description: '申请集市摊位',
  input: ApplyStallInput,
  roles: ANY_PERSON,
  texts: (input) => [input.name, input.category, input.provider, input.needs],
  run: ({ input, caller, platform }) => apply(platform, caller, input),
})
