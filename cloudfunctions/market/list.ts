import { ListInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { listMarkets } from '../_services/market/views'

/** 民生集市: a resident's upcoming markets; staff see the markets in their scope. */
export const list = action({
  description: '集市列表',
  input: ListInput,
  roles: ANY_PERSON,
  run: ({ caller, platform }) => listMarkets(platform, caller),
})
