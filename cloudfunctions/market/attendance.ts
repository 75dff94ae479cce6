import { AttendanceInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { WORKER_ROLES } from '../_services/market/access'
import { attendance as list } from '../_services/market/checkin'

/** 到场名单: per stall and slot, who booked (names masked), who came, and walk-ins. */
export const attendance = action({
  description: '集市到场名单',
  input: AttendanceInput,
  roles: WORKER_ROLES,
  run: ({ input, caller, platform }) => list(platform, caller, input.marketId),
})
