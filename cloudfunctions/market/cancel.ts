import { IdInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { cancel as cancelBooking } from '../_services/market/cancel'

/** 取消预约 (or leave the waiting list); a freed seat is offered to the next in line at once. */
export const cancel = action({
  description: '取消预约或候补',
  input: IdInput,
  roles: ['resident', 'grid_worker'],
  run: ({ input, caller, platform }) => cancelBooking(platform, caller, input.id),
})
