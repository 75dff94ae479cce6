import { CheckinInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { WORKER_ROLES } from '../_services/market/access'
import { checkin as scan } from '../_services/market/checkin'

/** 扫码核销: ok / already_redeemed / cancelled / invalid / invalid_time / wrong_stall, with a masked name. */
export const checkin = action({
  description: '扫码核销',
  input: CheckinInput,
  roles: WORKER_ROLES,
  run: ({ input, caller, platform }) => scan(platform, caller, input),
})
