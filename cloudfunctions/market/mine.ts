import { ListInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { mine as myBookings } from '../_services/market/views'

/** 我的预约: the caller's bookings (with their check-in codes) and waiting-list places. */
export const mine = action({
  description: '我的集市预约',
  input: ListInput,
  roles: RESIDENT,
  run: ({ caller, platform }) => myBookings(platform, caller),
})
