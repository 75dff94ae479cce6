import { IdInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { marketDetail } from '../_services/market/views'

/** A market's stalls and slots with seats left and people waiting. */
export const detail = action({
  description: '集市详情（摊位与时段余量）',
  input: IdInput,
  roles: ANY_PERSON,
  run: ({ input, caller, platform }) => marketDetail(platform, caller, input.id),
})
